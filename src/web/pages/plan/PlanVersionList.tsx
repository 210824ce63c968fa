import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../app/format';
import { ScrollTable } from '../../components/ScrollTable';
import { DemoBadge, StatusBadge } from './PlanView';
import type { PlanVersionList as VersionList } from './plan-types';

/** Every version of the plan, the one in force first, each a link to its page. */
export function PlanVersionList({ list }: { list: VersionList }) {
  const { t, i18n } = useTranslation();
  if (list.items.length === 0) return <Text>{t('plan.noVersions')}</Text>;
  return (
    <ScrollTable minWidth={520} label={t('plan.versions')}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('plan.name')}</Table.Th>
            <Table.Th>{t('plan.statusLabel')}</Table.Th>
            <Table.Th>{t('plan.adoptedOnLabel')}</Table.Th>
            <Table.Th>{t('plan.contents')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td>
                <Anchor component={Link} to={`/plan/versions/${item.id}`}>
                  {item.name}
                </Anchor>{' '}
                {item.demo && <DemoBadge />}
              </Table.Td>
              <Table.Td>
                <StatusBadge status={item.status} />
              </Table.Td>
              <Table.Td>{item.adoptedOn ? formatDate(item.adoptedOn, i18n.language) : '—'}</Table.Td>
              <Table.Td>
                {t('plan.counts', {
                  areas: item.needAreaCount,
                  mpos: item.mpoCount,
                  strategies: item.strategyCount,
                })}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
