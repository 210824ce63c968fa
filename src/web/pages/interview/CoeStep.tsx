import { Alert, Anchor, Button, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Determination } from '../../../core/eligibility/interview-schema';
import { ApiError } from '../../app/api';
import { useSession } from '../../app/session';
import { labelOf } from '../../offline/kept-interviews';
import { failureKind, NOTHING_SENT, type SubmissionProgress } from '../../offline/waiting-coe-sending';
import { dropWaitingCoe, keepWaitingCoe, readWaitingCoe, type WaitingCoe } from '../../offline/waiting-coes';
import type { CoeDetail } from '../coes/coe-types';
import { correctionBase, signatureTaken } from '../../offline/waiting-correction';
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
import { submitCorrection, type CorrectionOutcome } from './send-correction';

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
  // the COE's data elements as the page read them, or as the determination gives them: derived on
  // every render, as the determination is computed again whenever the interview changes (ID9)
  const initialDetails: CoeDetails = editing
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
      };
  const [signature, setSignature] = useState<SignatureDraft>({
    kind: 'drawn',
    imageDataUrl: null,
    signerName: '',
    signedOn: draft.interviewDate,
  });
  // The COE the correction stands on when not the one the page read: after corrections that
  // removed the signature, its new version; over a conflict, the server's COE the recruiter chose.
  const [saved, setSaved] = useState<CoeDetail | null>(null);
  const current = saved ?? editing;
  // A correction kept on the device (ID7.4): the version it stands on, and a conflict it met. Read
  // afresh each time the step opens, and again whenever the sending changes what waits.
  const keptCorrection = useQuery({
    queryKey: ['waiting-coes', me.id, draftId],
    queryFn: async () => (await readWaitingCoe(me.id, draftId).catch(() => undefined)) ?? null,
    enabled: editing !== null,
    networkMode: 'always',
    staleTime: Infinity,
    gcTime: 0,
  });
  const kept = keptCorrection.data;
  const [edited, setEdited] = useState<CoeDetails | null>(null);
  // what the recruiter typed here, else the data elements of the correction waiting on the device
  const details = edited ?? kept?.details ?? initialDetails;
  const changeDetails = (edit: Partial<CoeDetails>) => setEdited({ ...details, ...edit });
  const base =
    saved?.version ?? (editing ? correctionBase(kept?.correction, correctingAt, editing.version) : 0);
  /**
   * A new COE (ID7): sent at once when the network allows, continuing what an earlier try
   * created; without a network it is kept on the device to go when the network returns.
   */
  const submitNew = async (): Promise<string | null> => {
    const regionId = me.regionId ?? '';
    const before = await readWaitingCoe(me.id, draftId).catch(() => undefined);
    let progress: SubmissionProgress = before?.progress ?? NOTHING_SENT;
    const copy = (refusal: WaitingCoe['refusal']): WaitingCoe => ({
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
      await keepWaitingCoe(copy(null));
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
        await keepWaitingCoe(copy(null));
        return null;
      }
      // what the server created so far is continued by the next try, not made again
      if (before || progress !== NOTHING_SENT)
        await keepWaitingCoe(copy({ message: (error as Error).message })).catch(() => undefined);
      throw error;
    }
  };
  const submit = useMutation({
    // runs without a network too: the COE is then kept on the device (ID7)
    networkMode: 'always',
    /** A new COE, or a correction (ID7.4): sent, kept waiting for the network, or stopped for the recruiter. */
    mutationFn: async (): Promise<CorrectionOutcome> => {
      if (!current) {
        const coeId = await submitNew();
        return coeId === null ? { kind: 'waiting' } : { kind: 'submitted', coeId };
      }
      const outcome = await submitCorrection({
        userId: me.id,
        draftId,
        label: labelOf(draft),
        draft,
        details,
        coe: current,
        base,
        signature: current.signature ? null : signature,
      });
      await keptCorrection.refetch();
      return outcome;
    },
    onSuccess: async (outcome) => {
      if (outcome.kind === 'signature') {
        setSaved(outcome.server);
        return;
      }
      if (outcome.kind === 'conflict') return;
      if (outcome.kind === 'waiting') {
        await onKeptWaiting?.();
        await client.invalidateQueries({ queryKey: ['waiting-coes'] });
        return;
      }
      await onSubmitted?.();
      await client.invalidateQueries({ queryKey: ['waiting-coes'] });
      await client.invalidateQueries({ queryKey: ['coe', outcome.coeId] });
      await client.invalidateQueries({ queryKey: ['coes'] });
      await navigate(`/coes/${outcome.coeId}`);
    },
  });

  const changedRecords =
    submit.error instanceof ApiError && submit.error.status === 409
      ? recordsChangedIn(submit.error.problems)
      : [];

  if (submit.data?.kind === 'waiting')
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
  // The COE the server has now beside the recruiter's corrections (ID7.4), until they choose: as
  // this submission or the sending met it, or as the page read it at another version than the
  // one the correction stands on.
  const metOnServer =
    submit.data?.kind === 'conflict'
      ? submit.data.server
      : kept?.refusal?.reason === 'conflict'
        ? (kept.serverCoe ?? editing)
        : null;
  const theirs =
    metOnServer && metOnServer.version !== saved?.version
      ? metOnServer
      : editing && !saved && kept !== undefined && !kept?.correction?.updated && editing.version !== base
        ? editing
        : null;
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
        // the recruiter's correction goes over the COE the server has now, sent when they submit it
        onKeepMine={() => setSaved(theirs)}
        onTakeTheirs={() => void takeTheirs(theirs)}
      />
    );
  if (!eligible) return <Alert color="gray">{t('interview.coe.noEligibleChild')}</Alert>;
  if (!me.regionId && !editing) return <Alert color="orange">{t('interview.coe.noRegion')}</Alert>;
  const alreadySigned = current?.signature ?? null;
  const missingSignature = !alreadySigned && !signatureTaken(signature);

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
          onChange={onValue((value) => changeDetails({ residencyDate: value }))}
        />
        <TextInput
          label={t('interview.coe.qualifyingWork')}
          value={details.qualifyingWork}
          onChange={onValue((value) => changeDetails({ qualifyingWork: value }))}
        />
        <Textarea
          label={t('interview.coe.comments')}
          description={t('interview.coe.commentsHint')}
          autosize
          minRows={3}
          value={details.comments}
          onChange={onValue((value) => changeDetails({ comments: value }))}
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
            onLeaveReferral={() => changeDetails({ referralId: null })}
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
