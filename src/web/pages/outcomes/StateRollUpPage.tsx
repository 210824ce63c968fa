import { Anchor, Badge, Card, Group, List, Select, Stack, Table, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../../app/api';
import { formatDateTime, formatNumber } from '../../app/format';
import { recentPeriods } from '../../app/periods';
import { QueryState } from '../../components/QueryState';
import { ScrollTable } from '../../components/ScrollTable';
import { ApprFileButtons } from './ApprFileButtons';
import { STATUS_COLORS, type StateRollUpView } from './outcomes-types';

const PERIODS_SHOWN = 10;

/** The state's roll-up of a period: every subgrantee × MPO status beside the state's own figures. */
export function StateRollUpPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { period = '' } = useParams();
  const rollUp = useQuery({
    queryKey: ['appr-state', period],
    queryFn: () => api<StateRollUpView>('GET', `/api/appr/state/${period}`),
    placeholderData: keepPreviousData,
    staleTime: 0,
    refetchOnMount: 'always',
  });
  const view = rollUp.data;
  const number = (value: number) => formatNumber(value, i18n.language);
  const percent = (value: number | null) => (value === null ? '—' : `${number(value)}%`);

  return (
    <Stack>
      <Title order={1}>{t('appr.rollUp.title')}</Title>
      <Text c="dimmed">{t('appr.rollUp.intro')}</Text>
      <Group align="flex-end" gap="xs" wrap="wrap">
        <Select
          label={t('outcomes.period')}
          data={recentPeriods(PERIODS_SHOWN)}
          value={period}
          onChange={(value) => value && navigate(`/appr/state/${value}`, { replace: true })}
          allowDeselect={false}
          w={140}
        />
        {rollUp.data && <ApprFileButtons path={`/api/appr/state/${rollUp.data.period}`} />}
      </Group>
      <QueryState isPending={rollUp.isPending} error={rollUp.error}>
        {view && (
          <>
            <Card withBorder component="section" aria-labelledby="state-figures-title">
              <Title order={2} size="h4" id="state-figures-title">
                {t('appr.rollUp.stateFigures')}
              </Title>
              <List size="sm" mt="sm" spacing="xs">
                {view.mpos.map((mpo) => (
                  <List.Item key={mpo.mpo}>
                    <Group gap="xs" wrap="wrap">
                      <Text size="sm" fw={600}>
                        {t('outcomes.mpoTitle', { number: mpo.mpo, area: mpo.area })}
                      </Text>
                      <Badge color={STATUS_COLORS[mpo.status]} variant="filled">
                        {t(`outcomes.status.${mpo.status}`)}
                      </Badge>
                      <Text size="sm">
                        {t('outcomes.pctOfTarget', { pct: percent(mpo.pct), target: percent(mpo.target) })}
                      </Text>
                    </Group>
                    <Text size="sm">
                      {t('appr.rollUp.subgrantees', {
                        met: number(mpo.subgrantees.met),
                        notMet: number(mpo.subgrantees.notMet),
                        insufficient: number(mpo.subgrantees.insufficient),
                      })}
                    </Text>
                  </List.Item>
                ))}
              </List>
            </Card>
            <ScrollTable minWidth={200 + view.mpos.length * 130} label={t('appr.rollUp.table')}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('appr.rollUp.subgrantee')}</Table.Th>
                    {view.mpos.map((mpo) => (
                      <Table.Th scope="col" key={mpo.mpo}>
                        MPO {mpo.mpo}
                      </Table.Th>
                    ))}
                    <Table.Th scope="col">{t('appr.rollUp.review')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {view.regions.map((region) => (
                    <Table.Tr key={region.regionId}>
                      <Table.Th scope="row">
                        <Anchor component={Link} to={`/appr/${region.regionId}/${view.period}`} size="sm">
                          {t('outcomes.regionName', { number: region.regionNumber, name: region.regionName })}
                        </Anchor>
                      </Table.Th>
                      {region.mpos.map((mpo) => (
                        <Table.Td key={mpo.mpo}>
                          <Badge color={STATUS_COLORS[mpo.status]} variant="filled">
                            {t(`outcomes.status.${mpo.status}`)}
                          </Badge>
                          <Text size="xs">{percent(mpo.pct)}</Text>
                        </Table.Td>
                      ))}
                      <Table.Td>
                        <Text size="xs">
                          {region.reviewSavedAt
                            ? formatDateTime(region.reviewSavedAt, i18n.language)
                            : t('appr.rollUp.notReviewed')}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          </>
        )}
      </QueryState>
    </Stack>
  );
}
