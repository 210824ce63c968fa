import { Alert, Anchor, Button, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Determination } from '../../../core/eligibility/interview-schema';
import { ApiError } from '../../app/api';
import { useSession } from '../../app/session';
import { labelOf } from '../../offline/kept-interviews';
import { failureKind, NOTHING_SENT, type SubmissionProgress } from '../../offline/waiting-coe-sending';
import { dropWaitingCoe, keepWaitingCoe, readWaitingCoe, type WaitingCoe } from '../../offline/waiting-coes';
import type { CoeDetail } from '../coes/coe-types';
import { correctionBase } from '../../offline/waiting-correction';
import {
  qualifyingWorkOf,
  submitInterviewAsCoe,
  type CoeDetails,
  type SignatureDraft,
} from './coe-submission';
import type { InterviewDraft } from './interview-draft';
import { RecordsChanged, recordsChangedIn } from './RecordsChanged';
import { SignatureFields } from './SignatureFields';
import type { ChangeDraft } from './use-draft';
import { onValue } from './on-value';
import { CorrectionConflict } from './CorrectionConflict';
import { submitCorrection } from './send-correction';

/** The last step: the COE's data elements, the parent's signature, and submission for review. */
export function CoeStep({
  draftId,
  referralId,
  draft,
  change,
  determination,
  editing,
  correctingAt,
  onSubmitted,
  onKeptWaiting,
}: {
  /** The interview's draft, which a COE kept waiting for the network is kept under. */
  draftId: string;
  /** The referral the interview was started from, which the new COE names. */
  referralId: string | null;
  draft: InterviewDraft;
  /** Changes the interview: after a refusal naming records changed meanwhile, with what the recruiter decided (ID9). */
  change: ChangeDraft;
  determination: Determination | undefined;
  /** The returned (or unfinished) COE whose interview is being corrected; null for a new one. */
  editing: CoeDetail | null;
  /** The version of `editing` the correction began from, when the device noted it (ID7.4). */
  correctingAt?: number;
  /** The COE is submitted: the interview's draft is done. */
  onSubmitted?: () => Promise<void>;
  /** The COE is kept on the device until the network returns (ID7): the draft stays, untouched. */
  onKeptWaiting?: () => Promise<void>;
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
          referralId,
          submissionKey: draftId,
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
  const [waiting, setWaiting] = useState(false);
  // A correction kept on the device (ID7.4): the version it stands on, and a conflict it met.
  const keptCorrection = useQuery({
    queryKey: ['waiting-coe', me.id, draftId],
    queryFn: async () => (await readWaitingCoe(me.id, draftId).catch(() => undefined)) ?? null,
    enabled: editing !== null,
    networkMode: 'always',
    staleTime: Infinity,
  });
  // the data elements as the recruiter last submitted them, when their correction waits on the device
  const waitingDetails = keptCorrection.data?.details;
  useEffect(() => {
    if (waitingDetails) setDetails(waitingDetails);
  }, [waitingDetails]);
  const [chosen, setChosen] = useState<number | null>(null);
  const base =
    chosen ?? (current ? correctionBase(keptCorrection.data?.correction, correctingAt, current.version) : 0);
  const [conflict, setConflict] = useState<CoeDetail | null>(null);
  // changed on the server since the correction began, or met so by the sending: the recruiter decides first
  const changedMeanwhile =
    editing !== null &&
    chosen === null &&
    keptCorrection.data !== undefined &&
    (keptCorrection.data?.refusal?.reason === 'conflict' ||
      (!keptCorrection.data?.correction?.updated && editing.version !== base))
      ? editing
      : null;
  const theirs = conflict ?? changedMeanwhile;
  /**
   * A new COE (ID7): sent at once when the network allows, continuing what an earlier try
   * created; without a network it is kept on the device to go when the network returns.
   */
  const submitNew = async (): Promise<string | null> => {
    const regionId = me.regionId ?? '';
    const before = await readWaitingCoe(me.id, draftId).catch(() => undefined);
    let progress: SubmissionProgress = before?.progress ?? NOTHING_SENT;
    const kept = (refusal: WaitingCoe['refusal']): WaitingCoe => ({
      draftId,
      userId: me.id,
      regionId,
      label: labelOf(draft),
      draft,
      details,
      signature,
      progress,
      keptAt: before?.keptAt ?? new Date().toISOString(),
      refusal,
    });
    // already waiting (the recruiter came back to it): the sending takes this copy when the network returns
    if (!navigator.onLine || (before && before.refusal === null)) {
      await keepWaitingCoe(kept(null));
      return null;
    }
    try {
      const coeId = await submitInterviewAsCoe(draft, regionId, details, signature, progress, (next) => {
        progress = next;
      });
      if (before) await dropWaitingCoe(me.id, draftId);
      return coeId;
    } catch (error) {
      if (failureKind(error) === 'network') {
        await keepWaitingCoe(kept(null));
        return null;
      }
      // what the server created so far is continued by the next try, not made again
      if (before || progress !== NOTHING_SENT)
        await keepWaitingCoe(kept({ message: (error as Error).message })).catch(() => undefined);
      throw error;
    }
  };
  /** A correction (ID7.4): sent, kept waiting for the network, or stopped for the recruiter. */
  const submitCorrectionHere = async (coe: CoeDetail) => {
    const outcome = await submitCorrection({
      userId: me.id,
      draftId,
      label: labelOf(draft),
      draft,
      details,
      coe,
      base,
      signature: coe.signature ? null : signature,
    });
    await keptCorrection.refetch();
    switch (outcome.kind) {
      case 'submitted':
        return { coeId: outcome.coeId, needsSignature: false, saved: null };
      case 'waiting':
        return { coeId: null, needsSignature: false, saved: null };
      case 'signature':
        return { coeId: coe.id, needsSignature: true, saved: outcome.server };
      case 'conflict':
        setConflict(outcome.server);
        return { coeId: coe.id, needsSignature: false, saved: null, conflict: true };
    }
  };
  const submit = useMutation({
    // runs without a network too: a new COE is then kept on the device (ID7)
    networkMode: 'always',
    mutationFn: async (): Promise<{
      coeId: string | null;
      needsSignature: boolean;
      saved: CoeDetail | null;
      conflict?: boolean;
    }> =>
      current
        ? submitCorrectionHere(current)
        : { coeId: await submitNew(), needsSignature: false, saved: null },
    onSuccess: async ({ coeId, needsSignature, saved: savedNow, conflict: stopped }) => {
      if (stopped) return;
      if (needsSignature) {
        setSaved(savedNow);
        return;
      }
      if (coeId === null) {
        setWaiting(true);
        await onKeptWaiting?.();
        await client.invalidateQueries({ queryKey: ['waiting-coes'] });
        return;
      }
      await onSubmitted?.();
      await client.invalidateQueries({ queryKey: ['waiting-coes'] });
      await client.invalidateQueries({ queryKey: ['coe', coeId] });
      await client.invalidateQueries({ queryKey: ['coes'] });
      await navigate(`/coes/${coeId}`);
    },
  });

  const changedRecords =
    submit.error instanceof ApiError && submit.error.status === 409
      ? recordsChangedIn(submit.error.problems)
      : [];

  if (waiting)
    return (
      <Alert color="blue" role="status" title={t('interview.coe.waitingTitle')}>
        <Stack gap="xs">
          <Text size="sm">{t('interview.coe.waiting')}</Text>
          <Anchor component={Link} to="/" size="sm">
            {t('interview.coe.home')}
          </Anchor>
        </Stack>
      </Alert>
    );
  /** The recruiter's correction goes over the COE the server has now: it stands on that version, sent when they submit it. */
  const keepMine = (server: CoeDetail) => {
    setChosen(server.version);
    setConflict(null);
  };
  /** The server's COE stays as it is: the correction and its interview are dropped. */
  const takeTheirs = async (server: CoeDetail) => {
    await dropWaitingCoe(me.id, draftId);
    await onSubmitted?.();
    await client.invalidateQueries({ queryKey: ['waiting-coes'] });
    await client.invalidateQueries({ queryKey: ['coe', server.id] });
    await navigate(`/coes/${server.id}`);
  };
  if (theirs)
    return (
      <CorrectionConflict
        mine={draft}
        theirs={theirs}
        busy={keptCorrection.isFetching}
        onKeepMine={() => keepMine(theirs)}
        onTakeTheirs={() => void takeTheirs(theirs)}
      />
    );
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
        {changedRecords.length > 0 ? (
          <RecordsChanged
            key={submit.submittedAt}
            fields={changedRecords}
            draft={draft}
            change={change}
            referralId={details.referralId ?? null}
            onLeaveReferral={() => setDetails((d) => ({ ...d, referralId: null }))}
          />
        ) : (
          submit.error && (
            <Alert color="red" role="alert" title={t('interview.coe.failed')}>
              {submit.error.message}
            </Alert>
          )
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
