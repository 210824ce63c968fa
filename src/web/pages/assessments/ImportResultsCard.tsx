import {
  Alert,
  Button,
  Card,
  FileInput,
  List,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../app/api';
import { problemText } from '../../app/error-text';
import { formatNumber } from '../../app/format';
import { FileSampleTable } from '../../components/FileSampleTable';
import {
  ASSESSMENT_SUBJECTS,
  completeMapping,
  type AssessmentImportSummary,
  type AssessmentPreview,
  type DraftMapping,
} from './assessment-types';

function fileForm(file: File, mapping?: unknown): FormData {
  const form = new FormData();
  if (mapping) form.append('mapping', JSON.stringify(mapping));
  form.append('file', file, file.name);
  return form;
}

/** Import a CSV or XLSX file: preview its first rows, say which column holds what, import all or nothing. */
export function ImportResultsCard() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [mapping, setMapping] = useState<DraftMapping>({});
  const preview = useMutation({
    mutationFn: () => api<AssessmentPreview>('POST', '/api/assessments/imports/preview', fileForm(file!)),
    onSuccess: (reply) => setMapping(reply.mapping),
  });
  const upload = useMutation({
    mutationFn: () =>
      api<AssessmentImportSummary>(
        'POST',
        '/api/assessments/imports',
        fileForm(file!, completeMapping(mapping)),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['assessments'] }),
  });
  const header = preview.data?.header.filter(Boolean) ?? [];
  const n = (value: number) => formatNumber(value, i18n.language);
  const complete = completeMapping(mapping);

  return (
    <Card withBorder component="section" aria-labelledby="import-title">
      <Title order={2} size="h4" id="import-title">
        {t('assessments.import.title')}
      </Title>
      <Text size="sm" mt={4}>
        {t('assessments.import.intro')}
      </Text>
      <Stack mt="sm">
        <FileInput
          label={t('assessments.import.file')}
          accept=".csv,.xlsx,text/csv"
          clearable
          clearButtonProps={{ 'aria-label': t('assessments.import.clear') }}
          value={file}
          onChange={(chosen) => {
            setFile(chosen);
            preview.reset();
            upload.reset();
          }}
          maw={420}
        />
        <Button w="fit-content" disabled={!file} loading={preview.isPending} onClick={() => preview.mutate()}>
          {t('assessments.import.next')}
        </Button>
        {preview.error && (
          <Alert color="red" role="alert">
            {preview.error instanceof ApiError ? preview.error.message : String(preview.error)}
          </Alert>
        )}
        {preview.data && (
          <>
            <Text size="sm">
              {t('assessments.import.rowCount', {
                count: preview.data.rowCount,
                formatted: n(preview.data.rowCount),
              })}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={t('assessments.fields.studentId')}
                required
                allowDeselect={false}
                value={mapping.studentId ?? null}
                onChange={(value) => setMapping((m) => ({ ...m, studentId: value ?? undefined }))}
                data={header}
              />
              <Select
                label={t('assessments.import.levelColumn')}
                required
                allowDeselect={false}
                value={mapping.level ?? null}
                onChange={(value) => setMapping((m) => ({ ...m, level: value ?? undefined }))}
                data={header}
              />
              <FieldSource
                label={t('assessments.fields.subject')}
                value={mapping.subject}
                header={header}
                fixedInput={(fixed, set) => (
                  <Select
                    label={t('assessments.import.sameForAll')}
                    value={fixed ?? null}
                    onChange={(v) => set(ASSESSMENT_SUBJECTS.find((s) => s === v))}
                    data={ASSESSMENT_SUBJECTS.map((s) => ({
                      value: s,
                      label: t(`assessments.subjects.${s}`),
                    }))}
                  />
                )}
                onChange={(subject) =>
                  setMapping((m) => ({ ...m, subject: subject as DraftMapping['subject'] }))
                }
              />
              <FieldSource
                label={t('assessments.fields.schoolYear')}
                value={mapping.schoolYear}
                header={header}
                fixedInput={(fixed, set) => (
                  <TextInput
                    label={t('assessments.import.sameForAll')}
                    placeholder="2023-24"
                    value={fixed ?? ''}
                    onChange={(e) => set(e.currentTarget.value || undefined)}
                  />
                )}
                onChange={(schoolYear) => setMapping((m) => ({ ...m, schoolYear }))}
              />
            </SimpleGrid>
            <FileSampleTable
              header={preview.data.header}
              sample={preview.data.sample}
              label={t('assessments.import.sample')}
              minWidth={500}
            />
            <Button
              w="fit-content"
              disabled={!complete}
              loading={upload.isPending}
              onClick={() => upload.mutate()}
            >
              {t('assessments.import.submit')}
            </Button>
            {upload.error && (
              <Alert color="red" role="alert" title={t('assessments.import.refused')}>
                {upload.error instanceof ApiError && upload.error.problems.length > 0 ? (
                  <List size="sm">
                    {upload.error.problems.slice(0, 50).map((p) => (
                      <List.Item key={`${p.field}-${p.message}`}>{problemText(p, t)}</List.Item>
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
              <Alert color="ciclo" role="status" title={t('assessments.import.done')}>
                {t('assessments.import.summary', {
                  rows: n(upload.data.rows),
                  added: n(upload.data.added),
                  replaced: n(upload.data.replaced),
                })}
              </Alert>
            )}
          </>
        )}
      </Stack>
    </Card>
  );
}

/** A field read from a column of the file, or the same value for every row. */
function FieldSource<T extends string>({
  label,
  value,
  header,
  fixedInput,
  onChange,
}: {
  label: string;
  value: { column: string } | { fixed: T } | undefined;
  header: string[];
  fixedInput: (fixed: T | undefined, set: (v: T | undefined) => void) => ReactNode;
  onChange: (value: { column: string } | { fixed: T } | undefined) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [mode, setMode] = useState(value && 'fixed' in value ? 'fixed' : 'column');
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id={id}>
        {label}
      </Text>
      <SegmentedControl
        aria-labelledby={id}
        value={mode}
        onChange={(next) => {
          setMode(next);
          onChange(undefined);
        }}
        data={[
          { value: 'column', label: t('assessments.import.fromColumn') },
          { value: 'fixed', label: t('assessments.import.fixed') },
        ]}
      />
      {mode === 'column' ? (
        <Select
          label={t('assessments.import.column')}
          value={value && 'column' in value ? value.column : null}
          onChange={(column) => onChange(column ? { column } : undefined)}
          data={header}
        />
      ) : (
        fixedInput(value && 'fixed' in value ? value.fixed : undefined, (fixed) =>
          onChange(fixed ? { fixed } : undefined),
        )
      )}
    </Stack>
  );
}
