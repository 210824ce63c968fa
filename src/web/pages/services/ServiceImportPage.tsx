import { Alert, Anchor, Button, FileInput, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, ApiError } from '../../app/api';
import { problemText } from '../../app/error-text';
import type { AttendanceImportSummary, TestImportSummary } from './service-types';
import { refreshService } from './use-service';

/** Import a service's attendance or test scores from CSV or XLSX: all or nothing, with every problem listed by line and column. */
export function ServiceImportPage() {
  const { t } = useTranslation();
  const { serviceId = '' } = useParams();
  return (
    <Stack gap="md" maw={720}>
      <Anchor component={Link} to={`/services/${serviceId}`}>
        {t('services.form.back')}
      </Anchor>
      <Title order={1}>{t('services.imports.title')}</Title>
      <ImportCard serviceId={serviceId} kind="attendance" />
      <ImportCard serviceId={serviceId} kind="tests" />
    </Stack>
  );
}

function ImportCard({ serviceId, kind }: { serviceId: string; kind: 'attendance' | 'tests' }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({
    mutationFn: () => {
      const form = new FormData();
      form.append('file', file!, file!.name);
      return api<AttendanceImportSummary | TestImportSummary>(
        'POST',
        `/api/services/${serviceId}/${kind}/imports`,
        form,
      );
    },
    onSuccess: async () => {
      await refreshService(client, serviceId);
    },
  });
  const problems = upload.error instanceof ApiError ? upload.error.problems : [];
  return (
    <Paper withBorder p="md">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          upload.mutate();
        }}
      >
        <Stack gap="sm">
          <Title order={2} size="h3">
            {t(`services.imports.${kind}.title`)}
          </Title>
          <Text size="sm">{t(`services.imports.${kind}.columns`)}</Text>
          <FileInput
            label={t('services.imports.file')}
            accept=".csv,.xlsx"
            required
            clearable
            value={file}
            onChange={(value) => {
              setFile(value);
              upload.reset();
            }}
          />
          {upload.error && (
            <Alert color="red" role="alert" title={t('services.imports.refused')}>
              {problems.length > 0 ? (
                <List size="sm">
                  {problems.map((p) => (
                    <List.Item key={`${p.field}${p.message}`}>{problemText(p, t)}</List.Item>
                  ))}
                </List>
              ) : upload.error instanceof ApiError ? (
                upload.error.message
              ) : (
                String(upload.error)
              )}
            </Alert>
          )}
          {upload.data && (
            <Alert color="teal" role="status">
              {'dates' in upload.data
                ? t('services.imports.attendance.done', upload.data)
                : t('services.imports.tests.done', upload.data)}
            </Alert>
          )}
          <div>
            <Button type="submit" disabled={!file} loading={upload.isPending}>
              {t('services.imports.submit')}
            </Button>
          </div>
        </Stack>
      </form>
    </Paper>
  );
}
