import type { Static } from '@sinclair/typebox';
import { Select, SimpleGrid } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { SERVICE_TERMS } from '../../core/services/service-records';
import type { RegionListReply } from '../../server/routes/organizations/organizations.schemas';
import { api } from '../app/api';
import { recentPeriods } from '../app/periods';
import { useSession } from '../app/session';

/**
 * The region, performance period and term a list page shows, kept in the address (`regionId`,
 * `period`, `term`): by default the reader's region (else the first they reach), the current
 * period and the regular school year. `set` changes one search parameter, or removes it.
 */
export function useRegionPeriodTerm(periodsShown: number, onChange?: () => void) {
  const { me } = useSession();
  const [params, setParams] = useSearchParams();
  const periods = recentPeriods(periodsShown);
  const regions = useQuery({
    queryKey: ['regions'],
    queryFn: () => api<Static<typeof RegionListReply>>('GET', '/api/regions'),
  });
  const set = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
    onChange?.();
  };
  return {
    params,
    set,
    periods,
    regions: regions.data?.items ?? [],
    regionId: params.get('regionId') ?? me.regionId ?? regions.data?.items[0]?.id ?? null,
    period: params.get('period') ?? periods[0]!,
    term: params.get('term') ?? 'RSY',
  };
}

/** The three choices of `useRegionPeriodTerm`, side by side (stacked on a phone). */
export function RegionPeriodTermFilters({ filters }: { filters: ReturnType<typeof useRegionPeriodTerm> }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, xs: 3 }}>
      <Select
        label={t('common.filters.region')}
        value={filters.regionId}
        allowDeselect={false}
        searchable
        onChange={(value) => filters.set('regionId', value)}
        data={filters.regions.map((r) => ({
          value: r.id,
          label: t('common.filters.regionName', { number: r.number, name: r.name }),
        }))}
      />
      <Select
        label={t('common.filters.period')}
        value={filters.period}
        allowDeselect={false}
        onChange={(value) => filters.set('period', value)}
        data={filters.periods}
      />
      <Select
        label={t('common.filters.term')}
        value={filters.term}
        allowDeselect={false}
        onChange={(value) => filters.set('term', value)}
        data={SERVICE_TERMS.map((value) => ({ value, label: t(`services.terms.${value}`) }))}
      />
    </SimpleGrid>
  );
}
