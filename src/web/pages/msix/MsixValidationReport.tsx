import { Anchor, List, Stack, Table, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, queryString } from '../../app/api';
import { formatNumber } from '../../app/format';
import { PageNavigation } from '../../components/PageNavigation';
import { QueryState } from '../../components/QueryState';
import { ScrollTable } from '../../components/ScrollTable';
import type { MsixChildProblems, MsixValidation } from './msix-types';

const PAGE_SIZE = 25;

/** One problem: the element by its MSIX number and name, then what is wrong (in English as the check writes it; in Spanish by its kind). */
function ProblemText({ problem }: { problem: MsixChildProblems['problems'][number] }) {
  const { t, i18n } = useTranslation();
  const what = i18n.language.startsWith('en') ? problem.message : t(`msix.kinds.${problem.kind}`);
  return (
    <Text size="sm">
      <Text span fw={600}>
        {t('msix.element', { number: problem.element, name: problem.elementName })}
      </Text>
      {' — '}
      {what}
    </Text>
  );
}

/** The validation report: how many records are ready, the totals per element and a page of the children to fix. */
export function MsixValidationReport({ regionId }: { regionId: string | undefined }) {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const page = Number(params.get('page') ?? '1');
  const query = { regionId, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE };
  const report = useQuery({
    queryKey: ['msix', 'validation', query],
    queryFn: () => api<MsixValidation>('GET', `/api/msix/validation${queryString(query)}`),
    placeholderData: keepPreviousData,
  });
  const n = (value: number) => formatNumber(value, i18n.language);
  const data = report.data;
  return (
    <QueryState isPending={report.isPending} error={report.error}>
      {data && (
        <Stack>
          <Title order={2} size="h3">
            {t('msix.validation.title')}
          </Title>
          <Text size="lg" fw={700} aria-live="polite">
            {t('msix.validation.summary', {
              children: n(data.children),
              valid: n(data.valid),
              withProblems: n(data.withProblems),
            })}
          </Text>
          {data.totals.length > 0 && (
            <ScrollTable minWidth={420} label={t('msix.validation.totalsLabel')}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('msix.validation.columns.element')}</Table.Th>
                    <Table.Th scope="col">{t('msix.validation.columns.problems')}</Table.Th>
                    <Table.Th scope="col">{t('msix.validation.columns.children')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.totals.map((total) => (
                    <Table.Tr key={total.element}>
                      <Table.Td>
                        {t('msix.element', { number: total.element, name: total.elementName })}
                      </Table.Td>
                      <Table.Td>{n(total.problems)}</Table.Td>
                      <Table.Td>{n(total.children)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          )}
          <Title order={3} size="h4">
            {t('msix.validation.childrenTitle')}
          </Title>
          {data.rows.length === 0 ? (
            <Text>{t('msix.validation.noProblems')}</Text>
          ) : (
            <ScrollTable minWidth={560} label={t('msix.validation.childrenLabel')}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('msix.validation.columns.child')}</Table.Th>
                    <Table.Th scope="col">{t('msix.validation.columns.studentNumber')}</Table.Th>
                    <Table.Th scope="col">{t('msix.validation.columns.toFix')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.rows.map((row) => (
                    <Table.Tr key={row.childId}>
                      <Table.Td>
                        <Anchor component={Link} to={`/children/${row.childId}`}>
                          {row.name}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{row.studentNumber}</Table.Td>
                      <Table.Td>
                        <List size="sm" spacing={2}>
                          {row.problems.map((problem, index) => (
                            <List.Item key={`${problem.field}-${index}`}>
                              <ProblemText problem={problem} />
                            </List.Item>
                          ))}
                        </List>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          )}
          <PageNavigation total={data.withProblems} pageSize={PAGE_SIZE} />
        </Stack>
      )}
    </QueryState>
  );
}
