import type { Static } from '@sinclair/typebox';
import { Alert, Anchor, Button, Card, FileInput, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, ApiError } from '../../../app/api';
import { formatNumber } from '../../../app/format';
import { ResponsiveTable } from '../../../components/ResponsiveTable';
import type { RegionListReply } from '../../../../server/routes/organizations/organizations.schemas';
import type { SchoolDirectoryReply } from '../../../../server/routes/organizations/school-directory.schemas';

type Summary = Static<typeof SchoolDirectoryReply>;
type Region = Static<typeof RegionListReply>['items'][number];
type CountRow = { key: 'regions' | 'districts' | 'schools' } & Partial<Summary['schools']>;

/**
 * The state administrator loads the state's organizations: the CDE's public schools export and,
 * if the state has its own, a regions file (docs/rules/organizations.md). The page shows what the
 * load changed and the regions held, each with a way to its holidays and prioritization rules.
 */
export function OrganizationsPage() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [directory, setDirectory] = useState<File | null>(null);
  const [regionsFile, setRegionsFile] = useState<File | null>(null);
  const regions = useQuery({
    queryKey: ['regions'],
    queryFn: () => api<Static<typeof RegionListReply>>('GET', '/api/regions'),
  });
  const load = useMutation({
    mutationFn: () => {
      const form = new FormData();
      form.append('directory', directory!, directory!.name);
      if (regionsFile) form.append('regions', regionsFile, regionsFile.name);
      return api<Summary>('POST', '/api/organizations/directory', form);
    },
    onSuccess: () => client.invalidateQueries({ queryKey: ['regions'] }),
  });
  const n = (value: number | undefined) => (value === undefined ? '—' : formatNumber(value, i18n.language));
  const summary = load.data;
  const countRows: CountRow[] = summary
    ? [
        { key: 'regions', ...summary.regions },
        { key: 'districts', ...summary.districts },
        { key: 'schools', ...summary.schools },
      ]
    : [];
  const column = (key: keyof Summary['schools']) => ({
    key,
    header: t(`organizations.counts.${key}`),
    cell: (row: CountRow) => n(row[key]),
  });

  return (
    <Stack maw={900}>
      <Title order={1}>{t('organizations.title')}</Title>
      <Text>{t('organizations.intro')}</Text>
      <Card withBorder component="section" aria-labelledby="directory-title">
        <Title order={2} size="h4" id="directory-title">
          {t('organizations.load')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} mt="sm">
          <FileInput
            label={t('organizations.directory')}
            description={t('organizations.directoryHint')}
            required
            accept=".txt,text/plain,text/tab-separated-values"
            clearable
            clearButtonProps={{ 'aria-label': t('organizations.clear') }}
            value={directory}
            onChange={(file) => {
              setDirectory(file);
              load.reset();
            }}
          />
          <FileInput
            label={t('organizations.regionsFile')}
            description={t('organizations.regionsHint')}
            accept=".json,application/json"
            clearable
            clearButtonProps={{ 'aria-label': t('organizations.clear') }}
            value={regionsFile}
            onChange={(file) => {
              setRegionsFile(file);
              load.reset();
            }}
          />
        </SimpleGrid>
        <Button
          mt="md"
          w="fit-content"
          disabled={!directory}
          loading={load.isPending}
          onClick={() => load.mutate()}
        >
          {t('organizations.submit')}
        </Button>
        {load.error && (
          <Alert color="red" role="alert" mt="sm" title={t('organizations.refused')}>
            {load.error instanceof ApiError && load.error.problems.length > 0 ? (
              <List size="sm">
                {load.error.problems.map((p) => (
                  <List.Item key={`${p.field}-${p.message}`}>{`${p.field}: ${p.message}`}</List.Item>
                ))}
              </List>
            ) : (
              load.error.message
            )}
          </Alert>
        )}
        {summary && (
          <Stack mt="sm" gap="xs" role="status">
            <Text fw={600}>
              {t('organizations.done', { file: summary.fileName, counties: n(summary.counties) })}
            </Text>
            <ResponsiveTable
              label={t('organizations.changes')}
              rows={countRows}
              rowKey={(row) => row.key}
              columns={[
                {
                  key: 'what',
                  header: t('organizations.what'),
                  cell: (row) => t(`organizations.kinds.${row.key}`),
                },
                column('added'),
                column('updated'),
                column('closed'),
                column('unchanged'),
                column('notInFile'),
              ]}
            />
            {summary.withoutRegion.length > 0 && (
              <Alert color="yellow" title={t('organizations.withoutRegion')}>
                <List size="sm">
                  {summary.withoutRegion.map((d) => (
                    <List.Item key={d.cdsCode}>{`${d.cdsCode} ${d.name} (${d.county})`}</List.Item>
                  ))}
                </List>
              </Alert>
            )}
          </Stack>
        )}
      </Card>
      <Card withBorder component="section" aria-labelledby="regions-title">
        <Title order={2} size="h4" id="regions-title">
          {t('organizations.regions')}
        </Title>
        {regions.data && regions.data.items.length === 0 && (
          <Text mt="sm">{t('organizations.noRegions')}</Text>
        )}
        {regions.data && regions.data.items.length > 0 && (
          <ResponsiveTable<Region>
            label={t('organizations.regions')}
            rows={regions.data.items}
            rowKey={(region) => region.id}
            columns={[
              {
                key: 'region',
                header: t('organizations.region'),
                cell: (region) => t('organizations.regionName', { number: region.number, name: region.name }),
              },
              {
                key: 'counties',
                header: t('organizations.counties'),
                cell: (region) => region.counties.join(', '),
              },
              {
                key: 'districts',
                header: t('organizations.districts'),
                cell: (region) => n(region.districtCount),
              },
              {
                key: 'calendar',
                header: t('organizations.calendar'),
                cell: (region) => (
                  <Anchor component={Link} to={`/referrals/rules?regionId=${region.id}`}>
                    {t('organizations.calendarLink', { number: region.number })}
                  </Anchor>
                ),
              },
            ]}
          />
        )}
      </Card>
    </Stack>
  );
}
