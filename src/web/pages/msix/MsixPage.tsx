import { Select, Stack, Text, Title } from '@mantine/core';
import type { Static } from '@sinclair/typebox';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { RegionListReply } from '../../../server/routes/organizations/organizations.schemas';
import { api } from '../../app/api';
import { useSession } from '../../app/session';
import { EdFiExportCard } from './EdFiExportCard';
import { MoveNoticesCard } from '../move-notices/MoveNoticesCard';
import { MsixDeadlinesSection } from './MsixDeadlinesSection';
import { MsixChildCountPreview } from './MsixChildCountPreview';
import { MsixExportCard } from './MsixExportCard';
import { MsixValidationReport } from './MsixValidationReport';

/** The address value of the whole state in the region choice. */
const STATE = 'state';

/**
 * The exchange with MSIX (issue 21): the validation report of the children's Minimum Data
 * Elements of a region (or the state), each child with what to fix, and for the state
 * administrator the export of the changes since the last export and the past exports.
 */
export function MsixPage() {
  const { t } = useTranslation();
  const { me, can } = useSession();
  const [params, setParams] = useSearchParams();
  const exports = can('msix.export');
  const regions = useQuery({
    queryKey: ['regions'],
    queryFn: () => api<Static<typeof RegionListReply>>('GET', '/api/regions'),
  });
  const chosen =
    params.get('regionId') ?? me.regionId ?? (exports ? STATE : (regions.data?.items[0]?.id ?? null));
  const choices = [
    ...(exports ? [{ value: STATE, label: t('msix.wholeState') }] : []),
    ...(regions.data?.items ?? []).map((r) => ({
      value: r.id,
      label: t('common.filters.regionName', { number: r.number, name: r.name }),
    })),
  ];
  const choose = (value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set('regionId', value);
    next.delete('page');
    setParams(next, { replace: true });
  };

  return (
    <Stack>
      <Title order={1}>{t('msix.title')}</Title>
      <Text>{t('msix.intro')}</Text>
      {choices.length > 1 && (
        <Select
          label={t('common.filters.region')}
          value={chosen}
          allowDeselect={false}
          searchable
          onChange={choose}
          data={choices}
          maw={420}
        />
      )}
      {chosen !== null && <MsixDeadlinesSection regionId={chosen === STATE ? undefined : chosen} />}
      {chosen !== null && <MsixValidationReport regionId={chosen === STATE ? undefined : chosen} />}
      {chosen !== null && <MsixChildCountPreview regionId={chosen === STATE ? undefined : chosen} />}
      {exports && <MsixExportCard />}
      {can('referral.import') && chosen !== null && (
        <MoveNoticesCard regionId={chosen === STATE ? undefined : chosen} />
      )}
      {chosen !== null && <EdFiExportCard regionId={chosen === STATE ? undefined : chosen} />}
    </Stack>
  );
}
