import { Anchor, Button, FileInput, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../app/api';
import { ErrorAlert } from '../../components/QueryState';
import { DOCUMENT_EXTENSIONS } from '../../../core/documents/document-rules';
import { OUTCOME_KINDS, type Outcome, type SdpDevelopment } from './plan-development-types';

/** A file's size in words: 12 KB, 1.5 MB. */
function sizeText(bytes: number, language: string): string {
  const format = (value: number) =>
    new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value);
  if (bytes < 1024 * 1024) return `${format(Math.max(bytes / 1024, 0.1))} KB`;
  return `${format(bytes / (1024 * 1024))} MB`;
}

/** A file outcome's download link (PD1.5), with its size, for whoever reads the development. */
export function OutcomeFileLink({ development, outcome }: { development: SdpDevelopment; outcome: Outcome }) {
  const { t, i18n } = useTranslation();
  const file = development.files.find((f) => f.id === outcome.documentId);
  if (!file) return null;
  return (
    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
      <Anchor
        href={`/api/plan-development/${development.id}/files/${file.id}`}
        download={file.fileName}
        aria-label={t('planDevelopment.files.download', { name: file.fileName })}
      >
        {file.fileName}
      </Anchor>{' '}
      <Text span size="xs" c="dimmed">
        ({sizeText(file.sizeBytes, i18n.language)})
      </Text>
    </Text>
  );
}

/** Remove a file outcome, once the person confirms (PD1.6). */
export function RemoveOutcomeFile({
  development,
  outcome,
  onChanged,
}: {
  development: SdpDevelopment;
  outcome: Outcome;
  onChanged: (saved: SdpDevelopment) => void;
}) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const remove = useMutation({
    mutationFn: () =>
      api<SdpDevelopment>('DELETE', `/api/plan-development/${development.id}/files/${outcome.documentId}`),
    onSuccess: (saved) => {
      setConfirming(false);
      onChanged(saved);
    },
  });
  return (
    <>
      <Button
        size="compact-xs"
        variant="subtle"
        color="red"
        aria-label={t('planDevelopment.files.removeNamed', { name: outcome.title })}
        onClick={() => setConfirming(true)}
      >
        {t('planDevelopment.remove')}
      </Button>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('planDevelopment.files.confirmTitle')}
        closeButtonProps={{ 'aria-label': t('planDevelopment.files.keep') }}
      >
        <Stack>
          <Text style={{ overflowWrap: 'anywhere' }}>
            {t('planDevelopment.files.confirmText', { name: outcome.title })}
          </Text>
          {remove.error && <ErrorAlert error={remove.error} />}
          <Group justify="flex-end" wrap="wrap">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('planDevelopment.files.keep')}
            </Button>
            <Button color="red.9" onClick={() => remove.mutate()} loading={remove.isPending}>
              {t('planDevelopment.files.confirmRemove')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

/** Upload a file as an outcome of an action (PD1.5): its kind, a title, the file. */
export function UploadOutcomeFile({
  development,
  actionKey,
  actionName,
  onChanged,
}: {
  development: SdpDevelopment;
  actionKey: string;
  actionName: string;
  onChanged: (saved: SdpDevelopment) => void;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<string>('document');
  const [title, setTitle] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({
    mutationFn: () => {
      const form = new FormData();
      form.append('actionKey', actionKey);
      form.append('kind', kind);
      form.append('title', title);
      form.append('file', file!);
      return api<SdpDevelopment>('POST', `/api/plan-development/${development.id}/files`, form);
    },
    onSuccess: (saved) => {
      setFile(null);
      setTitle('');
      onChanged(saved);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file) upload.mutate();
  };
  const problem = (field: string) =>
    upload.error instanceof ApiError ? upload.error.problemFor(field) : undefined;
  const shown = ['file', 'kind', 'title'].some((field) => problem(field) !== undefined);
  return (
    <form onSubmit={submit} aria-label={t('planDevelopment.files.uploadTo', { action: actionName })}>
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap" align="end">
          <Select
            label={t('planDevelopment.outcomeKindLabel')}
            data={OUTCOME_KINDS.map((k) => ({ value: k, label: t(`planDevelopment.outcomeKind.${k}`) }))}
            value={kind}
            onChange={(value) => setKind(value ?? 'document')}
            allowDeselect={false}
            error={problem('kind')}
            w={{ base: '100%', sm: 200 }}
          />
          <TextInput
            label={t('planDevelopment.files.title')}
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            maxLength={200}
            error={problem('title')}
            w={{ base: '100%', sm: 240 }}
          />
        </Group>
        <FileInput
          label={t('planDevelopment.files.file')}
          description={t('planDevelopment.files.limits')}
          value={file}
          onChange={setFile}
          accept={DOCUMENT_EXTENSIONS.map((extension) => `.${extension}`).join(',')}
          clearable
          clearButtonProps={{ 'aria-label': t('planDevelopment.files.clear') }}
          error={problem('file')}
          w={{ base: '100%', sm: 360 }}
        />
        <Group>
          <Button type="submit" variant="light" loading={upload.isPending} disabled={!file}>
            {t('planDevelopment.files.upload')}
          </Button>
        </Group>
        {upload.error && !shown && <ErrorAlert error={upload.error} />}
      </Stack>
    </form>
  );
}
