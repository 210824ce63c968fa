import type { Static } from '@sinclair/typebox';
import {
  Alert,
  Anchor,
  Button,
  Card,
  FileInput,
  List,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type {
  DistrictListReply,
  RegionListReply,
} from '../../../server/routes/organizations/organizations.schemas';
import { api, ApiError, queryString } from '../../app/api';
import { useSession } from '../../app/session';
import { postWithProgress } from '../../app/upload-with-progress';
import { UploadProgress } from '../../components/UploadProgress';
import type { MoveNoticeImportSummary } from './move-notice-types';

/** The address value of "each notice to its destination's region" (the state administrator's). */
const STATE = 'state';

/**
 * Import a file of MSIX move notices (docs/rules/msix.md X10): a data specialist into their
 * region, the state administrator into a region or each notice into its destination's region;
 * how far the upload is while it goes, then the summary naming the rows with problems.
 */
export function MoveNoticeImportPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const [file, setFile] = useState<File | null>(null);
  const [regionId, setRegionId] = useState<string>(me.regionId ?? STATE);
  const [districtId, setDistrictId] = useState<string | null>(null);
  const [progress, setProgress] = useState(0);
  const region = regionId === STATE ? null : regionId;
  const regions = useQuery({
    queryKey: ['regions'],
    queryFn: () => api<Static<typeof RegionListReply>>('GET', '/api/regions'),
    enabled: !me.regionId,
  });
  const districts = useQuery({
    queryKey: ['districts', region],
    queryFn: () =>
      api<Static<typeof DistrictListReply>>('GET', `/api/districts${queryString({ regionId: region })}`),
    enabled: region !== null,
  });
  const upload = useMutation({
    mutationFn: () => {
      const form = new FormData();
      if (region) form.append('regionId', region);
      if (districtId) form.append('districtId', districtId);
      form.append('file', file!, file!.name);
      setProgress(0);
      return postWithProgress<MoveNoticeImportSummary>('/api/msix/move-notices/imports', form, setProgress);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    upload.mutate();
  };
  const summary = upload.data;

  return (
    <Stack maw={900}>
      <Anchor component={Link} to="/msix" size="sm">
        {t('moveNotices.import.back')}
      </Anchor>
      <Title order={1}>{t('moveNotices.import.title')}</Title>
      <Text>{t('moveNotices.import.intro')}</Text>
      <Card withBorder component="form" onSubmit={submit}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {!me.regionId && (
            <Select
              label={t('moveNotices.import.region')}
              value={regionId}
              allowDeselect={false}
              searchable
              onChange={(value) => {
                setRegionId(value ?? STATE);
                setDistrictId(null);
                upload.reset();
              }}
              data={[
                { value: STATE, label: t('moveNotices.import.wholeState') },
                ...(regions.data?.items ?? []).map((r) => ({
                  value: r.id,
                  label: t('common.filters.regionName', { number: r.number, name: r.name }),
                })),
              ]}
            />
          )}
          {region !== null && (
            <Select
              label={t('moveNotices.import.district')}
              placeholder={t('moveNotices.import.noDistrict')}
              clearable
              searchable
              value={districtId}
              onChange={setDistrictId}
              data={(districts.data?.items ?? []).map((d) => ({ value: d.id, label: d.name }))}
            />
          )}
          <FileInput
            label={t('moveNotices.import.file')}
            required
            accept=".csv,text/csv"
            clearable
            clearButtonProps={{ 'aria-label': t('packet.import.clear') }}
            value={file}
            onChange={(chosen) => {
              setFile(chosen);
              upload.reset();
            }}
          />
        </SimpleGrid>
        <Button type="submit" mt="md" w="fit-content" disabled={!file} loading={upload.isPending}>
          {t('moveNotices.import.submit')}
        </Button>
        {upload.isPending && <UploadProgress fraction={progress} working={t('moveNotices.import.working')} />}
      </Card>
      {upload.error && (
        <Alert color="red" role="alert">
          {upload.error instanceof ApiError ? upload.error.message : String(upload.error)}
        </Alert>
      )}
      {summary && (
        <Alert color={summary.skippedCount > 0 ? 'yellow' : 'teal'} role="status">
          <Text>
            {t('moveNotices.import.summary', {
              notices: t('moveNotices.counts.notices', { count: summary.notices }),
              rows: t('moveNotices.counts.rows', { count: summary.rows }),
              imported: t('moveNotices.counts.imported', { count: summary.imported }),
              duplicates: t('moveNotices.counts.importedBefore', { count: summary.duplicates }),
              skipped: t('moveNotices.counts.rowsWithProblems', { count: summary.skippedCount }),
            })}
          </Text>
          {summary.skipped.length > 0 && (
            <>
              <Title order={2} size="h5" mt="xs">
                {t('moveNotices.import.skippedTitle')}
              </Title>
              <List size="sm">
                {summary.skipped.map((row) => (
                  <List.Item key={`${row.line}-${row.column ?? ''}`}>
                    {row.column
                      ? t('moveNotices.import.skippedRow', { ...row })
                      : t('moveNotices.import.skippedRowNoColumn', { ...row })}
                  </List.Item>
                ))}
              </List>
            </>
          )}
          <Anchor component={Link} to="/referrals" display="block" mt="xs">
            {t('moveNotices.import.toQueue')}
          </Anchor>
        </Alert>
      )}
    </Stack>
  );
}
