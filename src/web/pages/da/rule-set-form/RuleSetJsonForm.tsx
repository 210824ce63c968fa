import { Alert, Button, FileInput, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../../app/api';
import { problemText } from '../../../app/error-text';
import { versionsRead, type RuleSetList } from '../da-types';

/** Advanced: one rule set or an array of them as JSON, pasted or from a file. */
export function RuleSetJsonForm({
  sets,
  onSaved,
  onChangedMeanwhile,
}: {
  sets: RuleSetList['items'];
  onSaved: (reply: RuleSetList) => void;
  /** Someone saved or removed a set since the list was read (409): read it again. */
  onChangedMeanwhile: () => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const save = useMutation({
    mutationFn: () => {
      let definition: unknown;
      try {
        definition = JSON.parse(text);
      } catch (error) {
        throw new ApiError(
          400,
          'invalid_input',
          t('da.ruleSets.notJson', { reason: error instanceof Error ? error.message : String(error) }),
        );
      }
      return api<RuleSetList>('PUT', '/api/da/rule-sets', {
        definition,
        versions: versionsRead(sets, definition),
      });
    },
    onSuccess: (reply) => {
      onSaved(reply);
      setText('');
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) onChangedMeanwhile();
    },
  });
  return (
    <Stack gap="sm">
      <Text size="sm">{t('da.ruleSets.addIntro')}</Text>
      <FileInput
        label={t('da.ruleSets.file')}
        accept=".json,application/json"
        clearable
        clearButtonProps={{ 'aria-label': t('packet.import.clear') }}
        onChange={(file) => void file?.text().then(setText)}
      />
      <Textarea
        label={t('da.ruleSets.json')}
        autosize
        minRows={6}
        maxRows={20}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        styles={{ input: { fontFamily: 'monospace' } }}
      />
      <div>
        <Button disabled={text.trim() === ''} loading={save.isPending} onClick={() => save.mutate()}>
          {t('da.ruleSets.save')}
        </Button>
      </div>
      {save.error && (
        <Alert color="red" role="alert">
          {save.error instanceof ApiError ? save.error.message : String(save.error)}
          {save.error instanceof ApiError && save.error.problems.length > 1 && (
            <Stack gap={0} mt={4}>
              {save.error.problems.slice(0, 20).map((p) => (
                <Text key={p.field} size="sm">
                  {problemText(p, t)}
                </Text>
              ))}
            </Stack>
          )}
        </Alert>
      )}
      {save.isSuccess && (
        <Alert color="ciclo" role="status">
          {t('da.ruleSets.saved')}
        </Alert>
      )}
    </Stack>
  );
}
