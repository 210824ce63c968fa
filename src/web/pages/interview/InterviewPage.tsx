import { Button, Card, Group, Progress, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api } from '../../app/api';
import { QueryState } from '../../components/QueryState';
import type { CoeDetail } from '../coes/coe-types';
import { ChildMovesStep } from './ChildMovesStep';
import { ChildrenStep } from './ChildrenStep';
import { CoeStep } from './CoeStep';
import { draftFromInterview } from './draft-from-interview';
import { DeterminationPanel } from './DeterminationPanel';
import { emptyDraft, type InterviewDraft } from './interview-draft';
import { useDetermination } from './use-determination';
import { OtherMembersFields } from './OtherMembersFields';
import { useDraft, type ChangeDraft } from './use-draft';
import { WorkersStep } from './WorkersStep';
import type { Referral } from '../referrals/referral-types';
import { draftFromReferral } from './draft-from-referral';
import { onValue } from './on-value';
import { todayInState } from '../../app/format';

const STEPS = ['family', 'workers', 'children', 'childMoves', 'coe'] as const;
type Step = (typeof STEPS)[number];

/**
 * The eligibility interview as a guided form, one step at a time in the order of the
 * interview framework — the worker, then each child, then the children's move — with the
 * determination and its trace updating as facts are entered, then the COE.
 */
export function InterviewPage() {
  const [params] = useSearchParams();
  const coeId = params.get('coe');
  const referralId = params.get('referral');
  if (coeId) return <ReturnedCoeInterview coeId={coeId} />;
  if (referralId) return <ReferralInterview referralId={referralId} />;
  return <InterviewForm initial={() => emptyDraft(todayInState())} editing={null} />;
}

/** An interview started from a family contact, with the referral's facts carried over. */
function ReferralInterview({ referralId }: { referralId: string }) {
  const referral = useQuery({
    queryKey: ['referral', referralId],
    queryFn: () => api<Referral>('GET', `/api/referrals/${referralId}`),
    staleTime: Infinity,
  });
  return (
    <QueryState isPending={referral.isPending} error={referral.error}>
      {referral.data && (
        <InterviewForm initial={() => draftFromReferral(referral.data, todayInState())} editing={null} />
      )}
    </QueryState>
  );
}

/** A draft or returned COE's interview, opened in the guided form to correct it. */
function ReturnedCoeInterview({ coeId }: { coeId: string }) {
  const coe = useQuery({
    queryKey: ['coe', coeId],
    queryFn: () => api<CoeDetail>('GET', `/api/coes/${coeId}`),
    staleTime: Infinity,
  });
  return (
    <QueryState isPending={coe.isPending} error={coe.error}>
      {coe.data && (
        <InterviewForm
          key={coe.data.version}
          initial={() => draftFromInterview(coe.data.interview, coe.data.children, '')}
          editing={coe.data}
        />
      )}
    </QueryState>
  );
}

function InterviewForm({ initial, editing }: { initial: () => InterviewDraft; editing: CoeDetail | null }) {
  const { t } = useTranslation();
  const [draft, change] = useDraft(initial);
  const [stepIndex, setStepIndex] = useState(0);
  const step: Step = STEPS[stepIndex]!;
  const determination = useDetermination(draft);
  const heading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    // Move focus to the new step's heading, so keyboard and screen-reader users start there.
    if (firstRender.current) firstRender.current = false;
    else heading.current?.focus();
  }, [stepIndex]);

  return (
    <Stack>
      <Title order={1}>{t('interview.title')}</Title>
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
        <StepBody
          step={step}
          draft={draft}
          change={change}
          determination={determination.data}
          editing={editing}
        />
        <Group justify="space-between" mt="md">
          <Button variant="default" disabled={stepIndex === 0} onClick={() => setStepIndex((i) => i - 1)}>
            {t('interview.back')}
          </Button>
          {stepIndex < STEPS.length - 1 && (
            <Button onClick={() => setStepIndex((i) => i + 1)}>
              {t('interview.next', { step: t(`interview.steps.${STEPS[stepIndex + 1]!}`) })}
            </Button>
          )}
        </Group>
      </Card>
      {step !== 'family' && <DeterminationPanel draft={draft} determination={determination} />}
    </Stack>
  );
}

function StepBody({
  step,
  draft,
  change,
  determination,
  editing,
}: {
  step: Step;
  draft: InterviewDraft;
  change: ChangeDraft;
  determination: ReturnType<typeof useDetermination>['data'];
  editing: CoeDetail | null;
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
      return <CoeStep draft={draft} determination={determination} editing={editing} />;
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
