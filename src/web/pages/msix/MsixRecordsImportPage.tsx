import { Alert, Anchor, Badge, Button, Card, FileInput, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../app/api';
import { formatDate } from '../../app/format';
import { ErrorAlert } from '../../components/QueryState';
import type { ConsolidatedRecord, RecordProposal, RecordProposals } from './consolidated-record-types';

/**
 * A file of consolidated records from other states (docs/rules/msix.md X11.5): each record with
 * the children it likely belongs to, and a person confirming one by attaching the record.
 */
export function MsixRecordsImportPage() {
  const { t, i18n } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [attached, setAttached] = useState<Record<string, string>>({});
  const form = (msixId?: string) => {
    const body = new FormData();
    body.append('file', file!, file!.name);
    if (msixId) body.append('msixId', msixId);
    return body;
  };
  const propose = useMutation({
    mutationFn: () => api<RecordProposals>('POST', '/api/msix/records/proposals', form()),
    onSuccess: () => setAttached({}),
  });
  const attach = useMutation({
    mutationFn: ({ record, childId }: { record: RecordProposal; childId: string; name: string }) =>
      api<ConsolidatedRecord>('POST', `/api/children/${childId}/msix-records`, form(record.msixId)),
    onSuccess: (_, { record, name }) => setAttached((done) => ({ ...done, [record.msixId]: name })),
  });
  const date = (value: string) => formatDate(value, i18n.language);

  return (
    <Stack maw={900}>
      <Title order={1}>{t('otherStates.import.title')}</Title>
      <Text>{t('otherStates.import.intro')}</Text>
      <Card withBorder>
        <FileInput
          label={t('otherStates.import.file')}
          description={t('otherStates.fileHint')}
          accept=".json,application/json"
          required
          clearable
          clearButtonProps={{ 'aria-label': t('otherStates.clear') }}
          value={file}
          onChange={(chosen) => {
            setFile(chosen);
            propose.reset();
          }}
        />
        <Button
          mt="md"
          w="fit-content"
          disabled={!file}
          loading={propose.isPending}
          onClick={() => propose.mutate()}
        >
          {t('otherStates.import.propose')}
        </Button>
        {propose.error && <ErrorAlert error={propose.error} />}
      </Card>
      {propose.data && (
        <Stack>
          <Text role="status">{t('otherStates.import.records', { count: propose.data.records.length })}</Text>
          {propose.data.records.map((record) => (
            <Card withBorder key={record.msixId} component="section" aria-label={record.name}>
              <Title order={2} size="h4">
                {t('otherStates.import.recordTitle', {
                  name: record.name,
                  birthDate: date(record.birthDate),
                  id: record.msixId,
                  states: record.sendingStates.join(', '),
                })}
              </Title>
              {attached[record.msixId] ? (
                <Alert color="green" mt="xs" role="status">
                  {t('otherStates.import.attachedTo', { name: attached[record.msixId] })}
                </Alert>
              ) : record.matches.length === 0 ? (
                <Text mt="xs">{t('otherStates.import.noMatch')}</Text>
              ) : (
                <Stack
                  mt="xs"
                  gap="xs"
                  component="ul"
                  style={{ listStyle: 'none', padding: 0 }}
                  aria-label={t('otherStates.import.matchesLabel', { id: record.msixId })}
                >
                  {record.matches.map((match) => (
                    <li key={match.childId}>
                      <Group justify="space-between" wrap="wrap" gap="xs">
                        <Stack gap={2}>
                          <Group gap="xs">
                            <Anchor component={Link} to={`/children/${match.childId}`}>
                              {t('otherStates.import.openChild', {
                                name: match.name,
                                studentNumber: match.studentNumber,
                              })}
                            </Anchor>
                            {record.sureChildId === match.childId && (
                              <Badge color="teal">{t('otherStates.import.sure')}</Badge>
                            )}
                          </Group>
                          <Text size="sm">
                            {t('otherStates.import.childLine', {
                              studentNumber: match.studentNumber,
                              birthDate: date(match.birthDate),
                              region: match.regionNumber,
                            })}
                            {' · '}
                            {t('otherStates.import.score', { score: match.score })}
                          </Text>
                          <Text size="sm" c="dimmed">
                            {match.reasons
                              .map((reason) => t(`otherStates.import.reasons.${reason}`))
                              .join(' · ')}
                          </Text>
                        </Stack>
                        <Button
                          size="xs"
                          loading={attach.isPending && attach.variables?.childId === match.childId}
                          onClick={() => attach.mutate({ record, childId: match.childId, name: match.name })}
                        >
                          {t('otherStates.import.attachTo', { name: match.name })}
                        </Button>
                      </Group>
                    </li>
                  ))}
                </Stack>
              )}
            </Card>
          ))}
          {attach.error && <ErrorAlert error={attach.error} />}
        </Stack>
      )}
    </Stack>
  );
}
