import { Alert, Anchor, Button, FileInput, List, Progress, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, ApiError } from '../../app/api';
import { formatNumber } from '../../app/format';
import type { QualificationImportSummary } from './data-packet-types';

/** A state administrator loads a region's qualification history (contract qualifications/FORMAT.md). */
export function QualificationImportPage() {
  const { t, i18n } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({
    mutationFn: (chosen: File) => {
      const form = new FormData();
      form.append('file', chosen, chosen.name);
      return api<QualificationImportSummary>('POST', '/api/qualifications/imports', form);
    },
  });
  const n = (value: number) => formatNumber(value, i18n.language);

  return (
    <Stack maw={640}>
      <Anchor component={Link} to="/reports/data-packet" size="sm">
        {t('packet.backToPacket')}
      </Anchor>
      <Title order={1}>{t('packet.import.title')}</Title>
      <Text>{t('packet.import.intro')}</Text>
      <List size="sm">
        <List.Item>{t('packet.import.columns')}</List.Item>
        <List.Item>{t('packet.import.allOrNothing')}</List.Item>
        <List.Item>{t('packet.import.idempotent')}</List.Item>
      </List>
      <FileInput
        label={t('packet.import.file')}
        accept=".csv,text/csv"
        clearButtonProps={{ 'aria-label': t('packet.import.clear') }}
        value={file}
        onChange={(chosen) => {
          setFile(chosen);
          upload.reset();
        }}
        clearable
      />
      <Button
        disabled={!file}
        loading={upload.isPending}
        onClick={() => file && upload.mutate(file)}
        w="fit-content"
      >
        {t('packet.import.submit')}
      </Button>
      {upload.isPending && <Progress value={100} animated aria-label={t('packet.import.working')} />}
      {upload.error && (
        <Alert color="red" role="alert" title={t('packet.import.refused')}>
          {upload.error instanceof ApiError ? upload.error.message : String(upload.error)}
        </Alert>
      )}
      {upload.data && (
        <Alert color="ciclo" role="status" title={t('packet.import.done')}>
          {t('packet.import.summary', {
            rows: n(upload.data.rows),
            inserted: n(upload.data.inserted),
            updated: n(upload.data.updated),
            unchanged: n(upload.data.unchanged),
          })}
        </Alert>
      )}
    </Stack>
  );
}
