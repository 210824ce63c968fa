import type { Static } from '@sinclair/typebox';
import {
  Alert,
  Anchor,
  Box,
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
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, ApiError, queryString } from '../../app/api';
import { formatNumber } from '../../app/format';
import { useSession } from '../../app/session';
import { postWithProgress } from '../../app/upload-with-progress';
import { FileSampleTable } from '../../components/FileSampleTable';
import { UploadProgress } from '../../components/UploadProgress';
import type { DistrictListReply } from '../../../server/routes/organizations/organizations.schemas';
import {
  REFERRAL_FIELDS,
  REQUIRED_REFERRAL_FIELDS,
  type ReferralImportSummary,
  type ReferralPreview,
} from './referral-types';

type Mapping = ReferralPreview['mapping'];

/** The upload form of the preview and import routes: the district, the file, and the mapping if given. */
function listForm(districtId: string | null, file: File, mapping?: Mapping): FormData {
  const form = new FormData();
  form.append('districtId', districtId ?? '');
  if (mapping) form.append('mapping', JSON.stringify(mapping));
  form.append('file', file, file.name);
  return form;
}

/** Import a district's list: choose the file, confirm which column holds what (remembered per district), import. */
export function ReferralImportPage() {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const [districtId, setDistrictId] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const [progress, setProgress] = useState(0);
  const districts = useQuery({
    queryKey: ['districts', me.regionId],
    queryFn: () =>
      api<Static<typeof DistrictListReply>>('GET', `/api/districts${queryString({ regionId: me.regionId })}`),
  });
  const preview = useMutation({
    mutationFn: async () =>
      api<ReferralPreview>('POST', '/api/referrals/imports/preview', listForm(districtId, file!)),
    onSuccess: (reply) => setMapping(reply.mapping),
  });
  const upload = useMutation({
    mutationFn: async () => {
      setProgress(0);
      return postWithProgress<ReferralImportSummary>(
        '/api/referrals/imports',
        listForm(districtId, file!, mapping),
        setProgress,
      );
    },
  });
  const n = (value: number) => formatNumber(value, i18n.language);
  const reset = () => {
    preview.reset();
    upload.reset();
  };

  return (
    <Stack maw={900}>
      <Anchor component={Link} to="/referrals" size="sm">
        {t('referrals.backToQueue')}
      </Anchor>
      <Title order={1}>{t('referrals.import.title')}</Title>
      <Text>{t('referrals.import.intro')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('referrals.import.district')}
          searchable
          required
          allowDeselect={false}
          value={districtId}
          onChange={(value) => {
            setDistrictId(value);
            reset();
          }}
          data={(districts.data?.items ?? []).map((d) => ({ value: d.id, label: d.name }))}
        />
        <FileInput
          label={t('referrals.import.file')}
          required
          accept=".csv,.xlsx,text/csv"
          clearButtonProps={{ 'aria-label': t('packet.import.clear') }}
          clearable
          value={file}
          onChange={(chosen) => {
            setFile(chosen);
            reset();
          }}
        />
      </SimpleGrid>
      <Button
        w="fit-content"
        disabled={!districtId || !file}
        loading={preview.isPending}
        onClick={() => preview.mutate()}
      >
        {t('referrals.import.next')}
      </Button>
      {preview.error && (
        <Alert color="red" role="alert">
          {preview.error instanceof ApiError ? preview.error.message : String(preview.error)}
        </Alert>
      )}
      {preview.data && (
        <Card withBorder component="section" aria-labelledby="mapping-title">
          <Title order={2} size="h4" id="mapping-title">
            {t('referrals.import.mapping')}
          </Title>
          <Text size="sm" mt={4}>
            {preview.data.isSavedMapping
              ? t('referrals.import.savedMapping')
              : t('referrals.import.guessedMapping')}{' '}
            {t('referrals.import.rowCount', {
              count: preview.data.rowCount,
              formatted: n(preview.data.rowCount),
            })}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} mt="sm">
            {REFERRAL_FIELDS.map((field) => (
              <Select
                key={field}
                label={t(`referrals.fields.${field}`)}
                required={REQUIRED_REFERRAL_FIELDS.includes(field)}
                placeholder={t('referrals.import.notInFile')}
                clearable={!REQUIRED_REFERRAL_FIELDS.includes(field)}
                // Choosing the column already chosen keeps it: a required field is never emptied by a click.
                allowDeselect={false}
                value={mapping[field] ?? null}
                onChange={(value) => setMapping((current) => ({ ...current, [field]: value ?? undefined }))}
                data={preview.data!.header.filter(Boolean)}
              />
            ))}
          </SimpleGrid>
          <Box mt="md">
            <FileSampleTable
              header={preview.data.header}
              sample={preview.data.sample}
              label={t('referrals.import.sample')}
              minWidth={600}
            />
          </Box>
          <Button mt="md" loading={upload.isPending} onClick={() => upload.mutate()}>
            {t('referrals.import.submit')}
          </Button>
          {upload.isPending && <UploadProgress fraction={progress} working={t('referrals.import.working')} />}
          {upload.error && (
            <Alert color="red" role="alert" mt="sm">
              {upload.error instanceof ApiError ? upload.error.message : String(upload.error)}
            </Alert>
          )}
          {upload.data && (
            <Alert color="ciclo" role="status" mt="sm" title={t('referrals.import.done')}>
              {t('referrals.import.summary', {
                rows: n(upload.data.rows),
                added: n(upload.data.added),
                already: n(upload.data.alreadyListed),
                prior: n(upload.data.priorMigrants),
                skipped: n(upload.data.skippedCount),
              })}
              {upload.data.skipped.length > 0 && (
                <List size="sm" mt="xs">
                  {upload.data.skipped.slice(0, 50).map((row) => (
                    <List.Item key={`${row.line}-${row.column}`}>
                      {t('referrals.import.skippedRow', {
                        line: row.line,
                        column: row.column ?? '—',
                        message: row.message,
                      })}
                    </List.Item>
                  ))}
                </List>
              )}
            </Alert>
          )}
        </Card>
      )}
    </Stack>
  );
}
