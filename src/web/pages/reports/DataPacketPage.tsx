import type { Static } from '@sinclair/typebox';
import { Anchor, Button, Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, queryString } from '../../app/api';
import type { RegionListReply } from '../../../server/routes/organizations/organizations.schemas';
import { useSession } from '../../app/session';
import { QueryState } from '../../components/QueryState';
import {
  RESIDENCY_BANDS,
  residencyBandPercents,
  selectablePeriods,
  type DataPacketView,
  type PeriodFigures,
} from './data-packet-types';
import { FigureCard, type FigureRow } from './FigureCard';
import { ProtocolForm } from './ProtocolForm';
import { ReferralQuartersCard } from './ReferralQuartersCard';
import { readingSentence } from './reading-sentence';

const PERIODS = selectablePeriods(new Date());
const DEFAULT_TO = PERIODS.at(-2) ?? PERIODS.at(-1)!;
const DEFAULT_FROM = PERIODS[Math.max(0, PERIODS.indexOf(DEFAULT_TO) - 4)]!;

type PeriodValue = (period: PeriodFigures) => number | null;

/** The I&R data packet of a region beside the state: its figures with their readings, the referrals per quarter, exports and the team's protocol. */
export function DataPacketPage() {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const [params, setParams] = useSearchParams();
  const from = params.get('from') ?? DEFAULT_FROM;
  const to = params.get('to') ?? DEFAULT_TO;
  const region = params.get('region') ? Number(params.get('region')) : null;
  const regions = useQuery({
    queryKey: ['regions'],
    queryFn: () => api<Static<typeof RegionListReply>>('GET', '/api/regions'),
  });
  const packet = useQuery({
    queryKey: ['packet', from, to, region],
    queryFn: () => api<DataPacketView>('GET', `/api/reports/data-packet${queryString({ from, to, region })}`),
    placeholderData: keepPreviousData,
  });
  const set = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };

  const view = packet.data;
  const regionLabel = view?.region ? t('common.region', { number: view.region.number }) : null;
  const reading = (figure: string) => {
    const found = view?.readings.find((r) => r.figure === figure);
    return found ? readingSentence(found, t, i18n.language) : undefined;
  };
  const byPeriod = (value: PeriodValue): FigureRow[] =>
    (view?.state.periods ?? []).map((statePeriod, index) => ({
      label: statePeriod.period,
      state: value(statePeriod),
      region: view?.regionPacket ? value(view.regionPacket.periods[index]!) : null,
    }));
  const latestBands = (): FigureRow[] => {
    const state = view?.state.periods.at(-1);
    const region = view?.regionPacket?.periods.at(-1);
    return RESIDENCY_BANDS.map((band) => ({
      label: t(`packet.bands.${band}`),
      state: state ? residencyBandPercents(state)[band] : null,
      region: region ? residencyBandPercents(region)[band] : null,
    }));
  };
  const exportUrl = (format: string) =>
    `/api/reports/data-packet/export${queryString({ from, to, region: view?.region?.number ?? region, format, language: i18n.language })}`;
  const isStateUser = me.regionNumber === null;

  return (
    <Stack>
      <Title order={1}>{t('packet.title')}</Title>
      <Text c="dimmed">{t('packet.intro')}</Text>
      <Text size="sm" c="dimmed">
        {t('packet.definitions.change')}
      </Text>
      <Group align="end" wrap="wrap">
        <Select
          label={t('packet.from')}
          data={PERIODS}
          value={from}
          onChange={(value) => set('from', value)}
          allowDeselect={false}
          w={140}
        />
        <Select
          label={t('packet.to')}
          data={PERIODS}
          value={to}
          onChange={(value) => set('to', value)}
          allowDeselect={false}
          w={140}
        />
        {isStateUser && (
          <Select
            label={t('packet.region')}
            placeholder={t('packet.stateOnly')}
            clearable
            value={region === null ? null : String(region)}
            onChange={(value) => set('region', value)}
            data={(regions.data?.items ?? []).map((r) => ({
              value: String(r.number),
              label: `${t('common.region', { number: r.number })} · ${r.name}`,
            }))}
            w={260}
          />
        )}
      </Group>
      <QueryState isPending={packet.isPending} error={packet.error}>
        {view && (
          <>
            <Group gap="xs">
              <Text size="sm">{t('packet.export')}</Text>
              {(['csv', 'xlsx', 'pdf'] as const).map((format) => (
                <Button
                  key={format}
                  component="a"
                  href={exportUrl(format)}
                  variant="default"
                  size="xs"
                  download
                >
                  {format.toUpperCase()}
                </Button>
              ))}
            </Group>
            <SimpleGrid cols={{ base: 1, lg: 2 }}>
              <FigureCard
                title={t('packet.figures.qualified')}
                unit="count"
                regionLabel={regionLabel}
                rows={byPeriod((p) => p.qualified)}
                reading={reading('qualified')}
              />
              <FigureCard
                title={t('packet.figures.newlyQualified')}
                unit="percent"
                regionLabel={regionLabel}
                rows={byPeriod((p) => p.newlyQualifiedPct)}
                reading={reading('newlyQualified')}
              />
              <FigureCard
                title={t('packet.figures.subsequentMove')}
                definition={t('packet.definitions.subsequentMove')}
                unit="percent"
                regionLabel={regionLabel}
                rows={byPeriod((p) => p.subsequentMovePct)}
                reading={reading('subsequentMove')}
              />
              <FigureCard
                title={t('packet.figures.subsequentMoveByBasis')}
                definition={t('packet.definitions.subsequentMoveByBasis')}
                unit="percent"
                regionLabel={regionLabel}
                rows={byPeriod((p) => p.subsequentMoveByBasisPct)}
                reading={reading('subsequentMoveByBasis')}
              />
              <FigureCard
                title={t('packet.figures.residencyToRecruitment', {
                  period: view.state.periods.at(-1)?.period ?? to,
                })}
                unit="percent"
                regionLabel={regionLabel}
                rows={latestBands()}
                reading={reading('recruitedWithin30DaysOfResidency')}
              />
              <FigureCard
                title={t('packet.figures.within60DaysOfQad')}
                unit="percent"
                regionLabel={regionLabel}
                rows={byPeriod((p) => p.within60DaysOfQadPct)}
                reading={reading('within60DaysOfQad')}
              />
              <FigureCard
                title={t('packet.figures.within90DaysOfQad')}
                unit="percent"
                regionLabel={regionLabel}
                rows={byPeriod((p) => p.within90DaysOfQadPct)}
                reading={reading('within90DaysOfQad')}
              />
              <FigureCard
                title={t('packet.figures.familiesWithin90DaysOfQad')}
                definition={t('packet.definitions.familiesWithin90DaysOfQad')}
                unit="percent"
                regionLabel={regionLabel}
                rows={byPeriod((p) => p.familiesWithin90DaysOfQadPct)}
                reading={reading('familiesWithin90DaysOfQad')}
              />
              <FigureCard
                title={t('packet.figures.newFamilies')}
                definition={t('packet.definitions.newFamilies')}
                unit="count"
                regionLabel={regionLabel}
                rows={byPeriod((p) => p.newFamilies)}
                reading={reading('newFamilies')}
              />
            </SimpleGrid>
            <ReferralQuartersCard rows={view.referralQuarters} period={view.to} />
            <ProtocolForm from={from} to={to} region={view.region?.number ?? null} />
            {me.role === 'state_admin' && (
              <Anchor component={Link} to="/reports/qualifications/import" size="sm">
                {t('packet.importHistory')}
              </Anchor>
            )}
          </>
        )}
      </QueryState>
    </Stack>
  );
}
