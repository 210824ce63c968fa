import { Alert, Anchor, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../app/api';
import { formatNumber } from '../../app/format';
import { QueryState } from '../../components/QueryState';
import { ScrollTable } from '../../components/ScrollTable';
import { ApprReviewForm } from './ApprReviewForm';
import { ApprFileButtons } from './ApprFileButtons';
import { MpoCard } from './MpoCard';
import type { ApprView } from './outcomes-types';

/** A subgrantee's Annual Performance Progress Report: figures, findings, participation, review, files. */
export function ApprPage() {
  const { t, i18n } = useTranslation();
  const { regionId = '', period = '' } = useParams();
  const queryKey = ['appr', regionId, period] as const;
  const appr = useQuery({
    queryKey,
    queryFn: () => api<ApprView>('GET', `/api/appr/${regionId}/${period}`),
    staleTime: 0,
    refetchOnMount: 'always',
  });
  const view = appr.data;
  const number = (value: number) => formatNumber(value, i18n.language);
  const percent = (value: number | null) => (value === null ? '—' : `${number(value)}%`);

  return (
    <Stack>
      <Title order={1}>{t('appr.title')}</Title>
      <QueryState isPending={appr.isPending} error={appr.error}>
        {view && (
          <>
            <Text fw={600}>
              {t('appr.heading', { number: view.region.number, name: view.region.name, period: view.period })}
            </Text>
            <Group gap="xs" wrap="wrap">
              <ApprFileButtons path={`/api/appr/${view.region.id}/${view.period}`} />
              <Anchor
                component={Link}
                to={`/outcomes?period=${view.period}&regionId=${view.region.id}`}
                size="sm"
              >
                {t('appr.live')}
              </Anchor>
            </Group>
            {view.plan === null && <Alert color="yellow">{t('outcomes.noPlan')}</Alert>}
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              {view.mpos.map((mpo) => (
                <MpoCard key={mpo.mpo} mpo={mpo} />
              ))}
            </SimpleGrid>
            <Card withBorder component="section" aria-labelledby="participation-title">
              <Title order={2} size="h4" id="participation-title">
                {t('appr.participation.title')}
              </Title>
              <ScrollTable minWidth={320} label={t('appr.participation.table')}>
                <Table mt="sm" striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('outcomes.term')}</Table.Th>
                      <Table.Th scope="col">{t('appr.participation.childrenServed')}</Table.Th>
                      <Table.Th scope="col">{t('appr.participation.enrollments')}</Table.Th>
                      <Table.Th scope="col">{t('appr.participation.attendedHours')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {view.participation.terms.map((term) => (
                      <Table.Tr key={term.term}>
                        <Table.Th scope="row">{t(`services.terms.${term.term}`)}</Table.Th>
                        <Table.Td>{number(term.childrenServed)}</Table.Td>
                        <Table.Td>{number(term.enrollments)}</Table.Td>
                        <Table.Td>{number(term.attendedHours)}</Table.Td>
                      </Table.Tr>
                    ))}
                    <Table.Tr fw={700}>
                      <Table.Th scope="row">{t('outcomes.allTerms')}</Table.Th>
                      <Table.Td>{number(view.participation.childrenServed)}</Table.Td>
                      <Table.Td>{number(view.participation.enrollments)}</Table.Td>
                      <Table.Td>{number(view.participation.attendedHours)}</Table.Td>
                    </Table.Tr>
                  </Table.Tbody>
                </Table>
              </ScrollTable>
            </Card>
            <ApprReviewForm key={view.review.version} appr={view} queryKey={queryKey} />
            {view.review.figures && (
              <Card withBorder component="section" aria-labelledby="saved-figures-title">
                <Title order={2} size="h4" id="saved-figures-title">
                  {t('appr.savedFigures.title')}
                </Title>
                <ScrollTable minWidth={320} label={t('appr.savedFigures.table')}>
                  <Table mt="sm" striped>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">MPO</Table.Th>
                        <Table.Th scope="col">{t('appr.savedFigures.then')}</Table.Th>
                        <Table.Th scope="col">{t('appr.savedFigures.now')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {view.review.figures.mpos.map((saved) => {
                        const now = view.mpos.find((mpo) => mpo.mpo === saved.mpo);
                        return (
                          <Table.Tr key={saved.mpo}>
                            <Table.Th scope="row">{saved.mpo}</Table.Th>
                            <Table.Td>
                              {t('appr.savedFigures.cell', {
                                pct: percent(saved.pct),
                                grew: number(saved.grew),
                                tested: number(saved.tested),
                              })}
                            </Table.Td>
                            <Table.Td>
                              {now
                                ? t('appr.savedFigures.cell', {
                                    pct: percent(now.pct),
                                    grew: number(now.grew),
                                    tested: number(now.tested),
                                  })
                                : '—'}
                            </Table.Td>
                          </Table.Tr>
                        );
                      })}
                    </Table.Tbody>
                  </Table>
                </ScrollTable>
              </Card>
            )}
          </>
        )}
      </QueryState>
    </Stack>
  );
}
