import { Alert, Button, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Determination } from '../../../core/eligibility/interview-schema';
import { useSession } from '../../app/session';
import type { CoeDetail } from '../coes/coe-types';
import {
  qualifyingWorkOf,
  resubmitCorrectedCoe,
  submitInterviewAsCoe,
  type CoeDetails,
  type SignatureDraft,
} from './coe-submission';
import type { InterviewDraft } from './interview-draft';
import { SignatureFields } from './SignatureFields';
import { onValue } from './on-value';

/** The last step: the COE's data elements, the parent's signature, and submission for review. */
export function CoeStep({
  draft,
  determination,
  editing,
  onSubmitted,
}: {
  draft: InterviewDraft;
  determination: Determination | undefined;
  /** The returned (or unfinished) COE whose interview is being corrected; null for a new one. */
  editing: CoeDetail | null;
  /** The COE is submitted: the interview's draft is done. */
  onSubmitted?: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const { me } = useSession();
  const navigate = useNavigate();
  const client = useQueryClient();
  const eligible = determination?.children.find((c) => c.eligible);
  const [details, setDetails] = useState<CoeDetails>(() =>
    editing
      ? {
          residencyDate: editing.residencyDate ?? '',
          qualifyingWork: editing.qualifyingWork ?? '',
          comments: editing.comments ?? '',
        }
      : {
          residencyDate: eligible?.qad ?? '',
          qualifyingWork: qualifyingWorkOf(draft, eligible?.establishingMove),
          comments: '',
        },
  );
  const [signature, setSignature] = useState<SignatureDraft>({
    kind: 'drawn',
    imageDataUrl: null,
    signerName: '',
    signedOn: draft.interviewDate,
  });
  // The COE as last saved here: after corrections that removed the signature, its new version.
  const [saved, setSaved] = useState<CoeDetail | null>(null);
  const current = saved ?? editing;
  const submit = useMutation({
    mutationFn: (): Promise<{ coeId: string; needsSignature: boolean; saved: CoeDetail | null }> =>
      current
        ? resubmitCorrectedCoe(current, draft, details, current.signature ? null : signature)
        : submitInterviewAsCoe(draft, me.regionId ?? '', details, signature).then((coeId) => ({
            coeId,
            needsSignature: false,
            saved: null,
          })),
    onSuccess: async ({ coeId, needsSignature, saved: savedNow }) => {
      if (needsSignature) {
        setSaved(savedNow);
        return;
      }
      await onSubmitted?.();
      await client.invalidateQueries({ queryKey: ['coe', coeId] });
      await client.invalidateQueries({ queryKey: ['coes'] });
      await navigate(`/coes/${coeId}`);
    },
  });

  if (!eligible) return <Alert color="gray">{t('interview.coe.noEligibleChild')}</Alert>;
  if (!me.regionId && !editing) return <Alert color="orange">{t('interview.coe.noRegion')}</Alert>;
  const alreadySigned = current?.signature ?? null;
  const missingSignature =
    !alreadySigned &&
    (signature.signerName.trim() === '' ||
      signature.signedOn === '' ||
      (signature.kind === 'drawn' && !signature.imageDataUrl));

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submit.mutate();
      }}
      noValidate
      aria-label={t('interview.steps.coe')}
    >
      <Stack>
        <Text size="sm">{t('interview.coe.intro')}</Text>
        <TextInput
          type="date"
          label={t('interview.coe.residencyDate')}
          description={t('interview.coe.residencyDateHint')}
          value={details.residencyDate}
          onChange={onValue((value) => setDetails((d) => ({ ...d, residencyDate: value })))}
        />
        <TextInput
          label={t('interview.coe.qualifyingWork')}
          value={details.qualifyingWork}
          onChange={onValue((value) => setDetails((d) => ({ ...d, qualifyingWork: value })))}
        />
        <Textarea
          label={t('interview.coe.comments')}
          description={t('interview.coe.commentsHint')}
          autosize
          minRows={3}
          value={details.comments}
          onChange={onValue((value) => setDetails((d) => ({ ...d, comments: value })))}
        />
        <Title order={3} size="h4">
          {t('interview.signature.title')}
        </Title>
        {current?.signatureClearedAt && (
          <Alert color="orange" role="status">
            {t('interview.signature.again')}
          </Alert>
        )}
        {alreadySigned ? (
          <Text size="sm">
            {t('interview.signature.kept', { name: alreadySigned.signerName, date: alreadySigned.signedOn })}
          </Text>
        ) : (
          <SignatureFields signature={signature} onChange={setSignature} />
        )}
        {submit.error && (
          <Alert color="red" role="alert" title={t('interview.coe.failed')}>
            {submit.error.message}
          </Alert>
        )}
        <Button type="submit" loading={submit.isPending} disabled={missingSignature}>
          {editing ? t('interview.coe.resubmit') : t('interview.coe.submit')}
        </Button>
        {missingSignature && (
          <Text size="sm" c="dimmed">
            {t('interview.coe.signFirst')}
          </Text>
        )}
      </Stack>
    </form>
  );
}
