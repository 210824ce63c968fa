import type { Static } from '@sinclair/typebox';
import { Badge, Group, Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api } from '../../app/api';
import { useSession } from '../../app/session';
import type { RegionListReply } from '../../../server/routes/organizations/organizations.schemas';
import { programYears, type ApplicationSummary } from './monitoring-types';

/** Choose the program year (and, for state users, the region) of a monitoring page, kept in the URL. */
export function useYearAndRegion() {
  const { me } = useSession();
  const [params, setParams] = useSearchParams();
  const years = programYears();
  const programYear = params.get('programYear') ?? years[0]!;
  const regionId = params.get('regionId') ?? me.regionId ?? undefined;
  const regions = useQuery({
    queryKey: ['regions'],
    queryFn: () => api<Static<typeof RegionListReply>>('GET', '/api/regions'),
    enabled: me.regionId === null,
  });
  const set = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    // A district subgrantee (EPC, MN4.1) belongs to the region: another region drops it.
    if (name === 'regionId') next.delete('districtId');
    setParams(next, { replace: true });
  };
  return { me, years, programYear, regionId, regions: regions.data?.items ?? [], set };
}

/** The year and region selects of a monitoring page. */
export function YearAndRegionFilters({ filters }: { filters: ReturnType<typeof useYearAndRegion> }) {
  const { t } = useTranslation();
  return (
    <Group grow align="flex-end">
      <Select
        label={t('monitoring.programYear')}
        value={filters.programYear}
        onChange={(value) => filters.set('programYear', value)}
        data={filters.years}
        allowDeselect={false}
      />
      {filters.me.regionId === null && (
        <Select
          label={t('monitoring.region')}
          value={filters.regionId ?? null}
          onChange={(value) => filters.set('regionId', value)}
          placeholder={t('monitoring.chooseRegion')}
          searchable
          data={filters.regions.map((r) => ({ value: r.id, label: `${r.number} – ${r.name}` }))}
        />
      )}
    </Group>
  );
}

export function StatusBadge({ status }: { status: ApplicationSummary['status'] }) {
  const { t } = useTranslation();
  const color = { draft: 'gray', submitted: 'blue', approved: 'green', revised: 'orange' }[status];
  return (
    <Badge color={color} variant="light">
      {t(`monitoring.status.${status}`)}
    </Badge>
  );
}
