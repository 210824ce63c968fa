import {
  Alert,
  Button,
  Card,
  List,
  Group,
  Modal,
  Progress,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker, useSearchParams } from 'react-router';
import { api } from '../../app/api';
import { useSession } from '../../app/session';
import { QueryState } from '../../components/QueryState';
import { readKeptInterview, type KeptInterview } from '../../offline/kept-interviews';
import type { CoeDetail } from '../coes/coe-types';
import { ChildMovesStep } from './ChildMovesStep';
import { ChildrenStep } from './ChildrenStep';
import { CoeStep } from './CoeStep';
import { draftFromInterview } from './draft-from-interview';
import { DeterminationPanel } from './DeterminationPanel';
import { emptyDraft, type InterviewDraft } from './interview-draft';
import { useDetermination } from './use-determination';
import { OtherMembersFields } from './OtherMembersFields';
import type { ChangeDraft } from './use-draft';
import { WorkersStep } from './WorkersStep';
import type { Referral } from '../referrals/referral-types';
import { draftFromReferral } from './draft-from-referral';
import { onValue } from './on-value';
import { todayInState } from '../../app/format';
import { keptFromServer, serverCopyIsLater, useKeptInterview, type ServerDraft } from './use-kept-interview';
import { KeepingStatus } from './KeepingStatus';
import { DraftConflict } from './DraftConflict';
import { DeterminationBar } from './DeterminationBar';
import { missingRequiredFields } from './required-fields';
import { keepsCopies, useSyncedQuery } from '../../offline/use-synced-query';
import { interviewOfWaitingCoe } from '../../offline/waiting-coes';

const STEPS = ['family', 'workers', 'children', 'childMoves', 'coe'] as const;
type Step = (typeof STEPS)[number];

/**
 * The eligibility interview as a guided form, one step at a time in the order of the
 * interview framework — the worker, then each child, then the children's move — with the
 * determination and its trace updating as facts are entered, then the COE. What is typed is
 * kept as a draft (docs/rules/interview-drafts.md): `?draft=` continues one.
 */
export function InterviewPage() {
  const [params] = useSearchParams();
  const draftId = params.get('draft');
  const coeId = params.get('coe');
  const referralId = params.get('referral');
  if (draftId) return <KeptInterviewForm key={draftId} id={draftId} />;
  if (coeId) return <ReturnedCoeInterview coeId={coeId} />;
  if (referralId) return <ReferralInterview referralId={referralId} />;
  return <NewInterview draft={() => emptyDraft(todayInState())} referralId={null} editing={null} />;
}

/** A new interview: kept from its first change under an id made here. */
function NewInterview({
  draft,
  referralId,
  editing,
}: {
  draft: () => InterviewDraft;
  referralId: string | null;
  editing: CoeDetail | null;
}) {
  const { me } = useSession();
  const [initial] = useState<KeptInterview>(() => ({
    id: crypto.randomUUID(),
    userId: me.id,
    regionId: editing?.regionId ?? me.regionId,
    label: '',
    updatedAt: new Date().toISOString(),
    step: 0,
    draft: draft(),
    referralId,
    coeId: editing?.id ?? null,
    coeVersion: editing?.version,
    serverVersion: 0,
    unsent: false,
  }));
  return <InterviewForm initial={initial} alreadyKept={false} editing={editing} />;
}

/**
 * An interview in progress, from this device or, when it is not here (started on another
 * device) or the server has a later copy this device has not changed, from the server.
 */
function KeptInterviewForm({ id }: { id: string }) {
  const { me, can } = useSession();
  const kept = useQuery({
    queryKey: ['kept-interview', id],
    queryFn: async () => {
      // a correction of the data elements alone kept no draft of its own: its waiting copy holds the interview (ID7.4)
      const here = (await readKeptInterview(me.id, id)) ?? (await interviewOfWaitingCoe(me.id, id));
      const server = navigator.onLine
        ? await api<ServerDraft>('GET', `/api/interview-drafts/${id}`).catch((error: unknown) => {
            if (here) return null;
            throw error;
          })
        : null;
      if (!here) {
        if (!server) throw new Error('not found');
        return keptFromServer(me.id, server);
      }
      return server && serverCopyIsLater(here, server) ? keptFromServer(me.id, server) : here;
    },
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
  });
  const coeId = kept.data?.coeId ?? null;
  // the COE being corrected, as last synced when there is no network (ID7.4, ID8)
  const coe = useSyncedQuery<CoeDetail>({
    queryKey: ['coe', coeId],
    url: `/api/coes/${coeId}`,
    keep: keepsCopies(can),
    enabled: coeId !== null,
    staleTime: Infinity,
  });
  return (
    <QueryState
      isPending={kept.isPending || (coeId !== null && coe.isPending)}
      error={kept.error ?? coe.error}
    >
      {kept.data && (coeId === null || coe.data) && (
        <InterviewForm initial={kept.data} alreadyKept editing={coe.data ?? null} />
      )}
    </QueryState>
  );
}

/** An interview started from a family contact, with the referral's facts carried over. */
function ReferralInterview({ referralId }: { referralId: string }) {
  const { can } = useSession();
  // the family contact as last synced when there is no network (ID8): the interview starts offline too
  const referral = useSyncedQuery<Referral>({
    queryKey: ['referral', referralId],
    url: `/api/referrals/${referralId}`,
    keep: keepsCopies(can),
    staleTime: Infinity,
  });
  const read = referral.data;
  return (
    <QueryState isPending={referral.isPending} error={referral.error}>
      {read && (
        <NewInterview
          draft={() => draftFromReferral(read, todayInState())}
          referralId={referralId}
          editing={null}
        />
      )}
    </QueryState>
  );
}

/** A draft or returned COE's interview, opened in the guided form to correct it. */
function ReturnedCoeInterview({ coeId }: { coeId: string }) {
  const { can } = useSession();
  const coe = useSyncedQuery<CoeDetail>({
    queryKey: ['coe', coeId],
    url: `/api/coes/${coeId}`,
    keep: keepsCopies(can),
    staleTime: Infinity,
  });
  const read = coe.data;
  return (
    <QueryState isPending={coe.isPending} error={coe.error}>
      {read && (
        <NewInterview
          key={read.version}
          draft={() => draftFromInterview(read.interview, read.children, '')}
          referralId={null}
          editing={read}
        />
      )}
    </QueryState>
  );
}

function InterviewForm({
  initial,
  alreadyKept,
  editing,
}: {
  initial: KeptInterview;
  alreadyKept: boolean;
  editing: CoeDetail | null;
}) {
  const { t } = useTranslation();
  const interview = useKeptInterview(initial, alreadyKept);
  const { kept, change } = interview;
  const draft = kept.draft;
  const stepIndex = Math.min(kept.step, STEPS.length - 1);
  const setStepIndex = (index: number) => interview.setStep(index);
  const step: Step = STEPS[stepIndex]!;
  const determination = useDetermination(draft);
  const heading = useRef<HTMLHeadingElement>(null);
  const stepBody = useRef<HTMLDivElement>(null);
  const firstRender = useRef(true);
  const done = useRef(false);
  const [missing, setMissing] = useState<string[] | null>(null);

  /** "Next" stays on the step until its required fields are filled in, naming them and going to the first. */
  const goNext = () => {
    const empty = missingRequiredFields(stepBody.current);
    if (empty.length > 0) {
      setMissing(empty.map((field) => field.name));
      empty[0]!.element.focus();
      return;
    }
    setMissing(null);
    setStepIndex(stepIndex + 1);
  };
  // Once asked for, the list follows what is still missing as the recruiter fills it in.
  useEffect(() => {
    if (missing === null) return;
    const names = missingRequiredFields(stepBody.current).map((field) => field.name);
    if (names.join('\n') !== missing.join('\n')) setMissing(names.length > 0 ? names : null);
  }, [draft, missing]);

  useEffect(() => {
    // Move focus to the new step's heading, so keyboard and screen-reader users start there.
    if (firstRender.current) firstRender.current = false;
    else heading.current?.focus();
  }, [stepIndex]);

  // Once kept, the address names the draft, so a reload (or the home page) finds it again.
  useEffect(() => {
    if (!interview.touched) return;
    const url = new URL(window.location.href);
    if (url.searchParams.get('draft') === kept.id) return;
    window.history.replaceState(window.history.state, '', `${url.pathname}?draft=${kept.id}`);
  }, [interview.touched, kept.id]);

  // ID4: leaving with a change not yet kept asks first: within the app, and on closing or reloading the page.
  const notOnDevice = interview.state === 'saving' || interview.state === 'failed';
  const notSent = interview.state === 'on-device';
  const mustAsk = useRef(false);
  mustAsk.current = (notOnDevice || notSent) && !done.current;
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      mustAsk.current && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (!notOnDevice) return;
    const ask = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [notOnDevice]);

  return (
    <Stack>
      <Title order={1}>{t('interview.title')}</Title>
      <KeepingStatus state={interview.state} online={interview.online} />
      {interview.conflict && (
        <DraftConflict
          mine={kept}
          theirs={interview.conflict}
          onKeepMine={interview.keepMine}
          onTakeTheirs={interview.takeTheirs}
        />
      )}
      <div>
        <Text size="sm" id="step-progress">
          {t('interview.stepOf', { number: stepIndex + 1, total: STEPS.length })}
        </Text>
        <Progress.Root mt={4}>
          <Progress.Section
            value={((stepIndex + 1) / STEPS.length) * 100}
            aria-label={t('interview.stepOf', { number: stepIndex + 1, total: STEPS.length })}
          />
        </Progress.Root>
      </div>
      <Card withBorder component="section" aria-labelledby="step-title">
        <Title order={2} size="h3" id="step-title" ref={heading} tabIndex={-1} mb="sm">
          {t(`interview.steps.${step}`)}
        </Title>
        <div ref={stepBody}>
          <StepBody
            draftId={kept.id}
            correctingAt={kept.coeVersion}
            referralId={kept.referralId}
            step={step}
            draft={draft}
            change={change}
            determination={determination.data}
            editing={editing}
            onSubmitted={async () => {
              done.current = true;
              mustAsk.current = false;
              await interview.discard();
            }}
            onKeptWaiting={async () => {
              done.current = true;
              mustAsk.current = false;
              await interview.stop();
            }}
          />
        </div>
        {missing && (
          <Alert color="orange" role="alert" mt="md" title={t('interview.fillFirst')}>
            <List size="sm">
              {missing.map((name, index) => (
                <List.Item key={index}>{name}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        <Group justify="space-between" mt="md">
          <Button
            variant="default"
            disabled={stepIndex === 0}
            onClick={() => {
              setMissing(null);
              setStepIndex(stepIndex - 1);
            }}
          >
            {t('interview.back')}
          </Button>
          {stepIndex < STEPS.length - 1 && (
            <Button onClick={goNext}>
              {t('interview.next', { step: t(`interview.steps.${STEPS[stepIndex + 1]!}`) })}
            </Button>
          )}
        </Group>
      </Card>
      {step !== 'family' && <DeterminationPanel draft={draft} determination={determination} />}
      {step !== 'family' && <DeterminationBar draft={draft} determination={determination.data} />}
      <Modal
        opened={blocker.state === 'blocked'}
        onClose={() => blocker.reset?.()}
        title={t('interview.keeping.leaveTitle')}
        closeButtonProps={{ 'aria-label': t('interview.keeping.stay') }}
      >
        <Stack>
          <Text size="sm">
            {notOnDevice ? t('interview.keeping.leaveUnsaved') : t('interview.keeping.leaveUnsent')}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => blocker.reset?.()}>
              {t('interview.keeping.stay')}
            </Button>
            <Button onClick={() => blocker.proceed?.()}>{t('interview.keeping.leave')}</Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

function StepBody({
  draftId,
  correctingAt,
  referralId,
  step,
  draft,
  change,
  determination,
  editing,
  onSubmitted,
  onKeptWaiting,
}: {
  draftId: string;
  correctingAt: number | undefined;
  referralId: string | null;
  step: Step;
  draft: InterviewDraft;
  change: ChangeDraft;
  determination: ReturnType<typeof useDetermination>['data'];
  editing: CoeDetail | null;
  onSubmitted: () => Promise<void>;
  onKeptWaiting: () => Promise<void>;
}) {
  switch (step) {
    case 'family':
      return <FamilyStep draft={draft} change={change} existingFamily={editing !== null} />;
    case 'workers':
      return <WorkersStep draft={draft} change={change} />;
    case 'children':
      return <ChildrenStep draft={draft} change={change} />;
    case 'childMoves':
      return <ChildMovesStep draft={draft} change={change} />;
    case 'coe':
      return (
        <CoeStep
          draftId={draftId}
          referralId={referralId}
          draft={draft}
          change={change}
          determination={determination}
          editing={editing}
          correctingAt={correctingAt}
          onSubmitted={onSubmitted}
          onKeptWaiting={onKeptWaiting}
        />
      );
  }
}

function FamilyStep({
  draft,
  change,
  existingFamily,
}: {
  draft: InterviewDraft;
  change: ChangeDraft;
  existingFamily: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Text size="sm">{existingFamily ? t('interview.family.correcting') : t('interview.family.intro')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        <TextInput
          type="date"
          required
          label={t('interview.family.interviewDate')}
          value={draft.interviewDate}
          onChange={onValue((value) =>
            change((d) => {
              d.interviewDate = value;
            }),
          )}
        />
        {!existingFamily && (
          <>
            <TextInput
              label={t('interview.family.familyName')}
              description={t('interview.family.familyNameHint')}
              value={draft.familyName}
              onChange={onValue((value) =>
                change((d) => {
                  d.familyName = value;
                }),
              )}
            />
            <TextInput
              type="tel"
              label={t('interview.family.phone')}
              value={draft.phone}
              onChange={onValue((value) =>
                change((d) => {
                  d.phone = value;
                }),
              )}
            />
          </>
        )}
      </SimpleGrid>
      <OtherMembersFields draft={draft} change={change} />
    </Stack>
  );
}
