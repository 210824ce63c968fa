import { Alert, Button, Card, Group, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import type { CoeDetail } from './coe-types';

/**
 * For a draft or returned COE: correct the data elements and (re)submit it for review. A
 * correction of what the parent signed waits for the new signature before it is submitted.
 */
export function CoeEditForm({ coe }: { coe: CoeDetail }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [residencyDate, setResidencyDate] = useState(coe.residencyDate ?? '');
  const [qualifyingWork, setQualifyingWork] = useState(coe.qualifyingWork ?? '');
  const [comments, setComments] = useState(coe.comments ?? '');
  const save = useMutation({
    mutationFn: async (submit: boolean) => {
      let updated = await api<CoeDetail>('PUT', `/api/coes/${coe.id}`, {
        version: coe.version,
        familyId: coe.familyId,
        interview: coe.interview,
        children: coe.children.map((c) =>
          c.childId
            ? { interviewChildId: c.interviewChildId, childId: c.childId }
            : { interviewChildId: c.interviewChildId, newChild: c.newChild },
        ),
        residencyDate: residencyDate || null,
        qualifyingWork: qualifyingWork.trim() || null,
        comments: comments.trim() || null,
      });
      // A correction of what the parent signed removes the signature (IR2.1): the page then
      // asks for it again instead of submitting.
      if (submit && updated.signature) updated = await api<CoeDetail>('POST', `/api/coes/${coe.id}/submit`);
      return updated;
    },
    onSuccess: (updated) => {
      client.setQueryData(['coe', coe.id], updated);
      void client.invalidateQueries({ queryKey: ['coes'] });
    },
  });
  return (
    <Card withBorder component="section" aria-labelledby="edit-title">
      <Title order={2} size="h3" id="edit-title">
        {t('coes.edit.title')}
      </Title>
      <Stack gap="xs" mt="xs">
        <TextInput
          type="date"
          label={t('coes.residencyDate')}
          value={residencyDate}
          onChange={(e) => setResidencyDate(e.currentTarget.value)}
        />
        <TextInput
          label={t('coes.qualifyingWork')}
          value={qualifyingWork}
          onChange={(e) => setQualifyingWork(e.currentTarget.value)}
        />
        <Textarea
          label={t('coes.comments')}
          autosize
          minRows={3}
          value={comments}
          onChange={(e) => setComments(e.currentTarget.value)}
        />
        {save.error && (
          <Alert color="red" role="alert">
            {save.error.message}
          </Alert>
        )}
        <Group>
          <Button
            variant="default"
            loading={save.isPending && save.variables === false}
            onClick={() => save.mutate(false)}
          >
            {t('coes.edit.save')}
          </Button>
          {coe.abilities.canSubmit && (
            <Button loading={save.isPending && save.variables === true} onClick={() => save.mutate(true)}>
              {t('coes.edit.resubmit')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
