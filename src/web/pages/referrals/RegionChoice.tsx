import type { Static } from '@sinclair/typebox';
import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api } from '../../app/api';
import { useSession } from '../../app/session';
import type { RegionListReply } from '../../../server/routes/organizations/organizations.schemas';

/**
 * The region whose contact queue settings a page shows: the user's own, or for a state user
 * the one chosen (kept in the URL), the first region they reach until they choose.
 */
export function useChosenRegion() {
  const { me } = useSession();
  const [params, setParams] = useSearchParams();
  const regions = useQuery({
    queryKey: ['regions'],
    queryFn: () => api<Static<typeof RegionListReply>>('GET', '/api/regions'),
    enabled: me.regionId === null,
  });
  const items = regions.data?.items ?? [];
  const regionId = me.regionId ?? params.get('regionId') ?? items[0]?.id;
  const choose = (id: string | null) => {
    const next = new URLSearchParams(params);
    if (id) next.set('regionId', id);
    else next.delete('regionId');
    setParams(next, { replace: true });
  };
  return { regionId, isChoosing: me.regionId === null, regions: items, choose };
}

/** The region select of a state user (nothing for region staff, who have one region). */
export function RegionChoice({ chosen }: { chosen: ReturnType<typeof useChosenRegion> }) {
  const { t } = useTranslation();
  if (!chosen.isChoosing) return null;
  return (
    <Select
      label={t('referrals.rules.region')}
      w={320}
      maw="100%"
      allowDeselect={false}
      value={chosen.regionId ?? null}
      onChange={chosen.choose}
      data={chosen.regions.map((r) => ({
        value: r.id,
        label: t('users.form.regionOption', { number: r.number, name: r.name }),
      }))}
    />
  );
}
