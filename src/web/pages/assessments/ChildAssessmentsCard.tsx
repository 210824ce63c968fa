import { Badge, Card, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { QueryState } from '../../components/QueryState';
import { ScrollTable } from '../../components/ScrollTable';
import type { ChildAssessments } from './assessment-types';

/** A child's state assessment results, the latest school year first, each marked below proficient or not. */
export function ChildAssessmentsCard({ childId }: { childId: string }) {
  const { t } = useTranslation();
  const results = useQuery({
    queryKey: ['child', childId, 'assessments'],
    queryFn: () => api<ChildAssessments>('GET', `/api/children/${childId}/assessments`),
  });
  const title = t('assessments.child.title');
  return (
    <Card withBorder component="section" aria-labelledby="child-assessments-title">
      <Title order={2} size="h3" id="child-assessments-title">
        {title}
      </Title>
      <QueryState isPending={results.isPending} error={results.error}>
        {results.data?.results.length === 0 ? (
          <Text c="dimmed" mt="xs">
            {t('assessments.child.none')}
          </Text>
        ) : (
          <ScrollTable minWidth={320} label={title}>
            <Table mt="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('assessments.fields.schoolYear')}</Table.Th>
                  <Table.Th scope="col">{t('assessments.fields.subject')}</Table.Th>
                  <Table.Th scope="col">{t('assessments.fields.level')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {results.data?.results.map((result) => (
                  <Table.Tr key={`${result.schoolYear}/${result.subject}`}>
                    <Table.Td>{result.schoolYear}</Table.Td>
                    <Table.Td>{t(`assessments.subjects.${result.subject}`)}</Table.Td>
                    <Table.Td>
                      {t(`assessments.levels.${result.subject}.${result.level}`)}{' '}
                      {result.belowProficient && (
                        <Badge color="red.9" variant="filled">
                          {t('assessments.belowProficient')}
                        </Badge>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </QueryState>
    </Card>
  );
}
