import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldProblem } from '../../../core/common/domain-error';
import { api } from '../../app/api';
import { formatDate, fullName } from '../../app/format';
import type { ChildDetail } from '../children/child-types';
import type { Referral } from '../referrals/referral-types';
import { nameOf, type ChildDraft, type InterviewDraft } from './interview-draft';
import { SideBySide } from './TwoVersions';
import type { ChangeDraft } from './use-draft';

const CHILD_LINK = /^children\[(\d+)\]\.childId$/;

/** The records a refused COE names as changed by someone else since the interview read them (ID9). */
export function recordsChangedIn(problems: readonly FieldProblem[]): string[] {
  return problems.map((p) => p.field).filter((field) => CHILD_LINK.test(field) || field === 'referralId');
}

/**
 * ID9: someone changed records the interview read while it was taken. Each one side by side,
 * the interview's and Ciclo's as it is now; the recruiter decides each, then submits again.
 * Nothing is changed on the server until they do.
 */
export function RecordsChanged({
  fields,
  draft,
  change,
  referralId,
  onLeaveReferral,
}: {
  fields: string[];
  draft: InterviewDraft;
  change: ChangeDraft;
  referralId: string | null;
  onLeaveReferral: () => void;
}) {
  const { t } = useTranslation();
  const [decided, setDecided] = useState<string[]>([]);
  const open = fields.filter((field) => !decided.includes(field));
  const decide = (field: string) => setDecided((done) => [...done, field]);
  return (
    <Alert color="orange" role="alert" title={t('interview.recordsChanged.title')}>
      <Stack>
        <Text size="sm">
          {open.length > 0 ? t('interview.recordsChanged.intro') : t('interview.recordsChanged.allDecided')}
        </Text>
        {open.map((field) => {
          const index = CHILD_LINK.exec(field)?.[1];
          const child = index === undefined ? undefined : draft.children[Number(index)];
          if (child?.existingChildId)
            return (
              <ChildChanged
                key={field}
                child={child}
                childId={child.existingChildId}
                onDecided={(record, takeRecord) => {
                  change((d) => {
                    const linked = d.children[Number(index)]!;
                    linked.existingChildVersion = record.version;
                    if (!takeRecord) return;
                    linked.firstName = record.firstName;
                    linked.middleName = record.middleName ?? '';
                    linked.lastSurname = record.lastSurname;
                    linked.secondSurname = record.secondSurname ?? '';
                    linked.birthDate = record.birthDate;
                  });
                  decide(field);
                }}
              />
            );
          if (field === 'referralId' && referralId)
            return (
              <ReferralChanged
                key={field}
                referralId={referralId}
                onKeep={(now) => {
                  change((d) => {
                    d.referralAsRead = { assignedTo: now.assignedTo?.id ?? null, status: now.status };
                  });
                  decide(field);
                }}
                onLeave={() => {
                  change((d) => {
                    d.referralAsRead = null;
                  });
                  onLeaveReferral();
                  decide(field);
                }}
              />
            );
          return null;
        })}
      </Stack>
    </Alert>
  );
}

function ChildChanged({
  child,
  childId,
  onDecided,
}: {
  child: ChildDraft;
  childId: string;
  onDecided: (record: ChildDetail, takeRecord: boolean) => void;
}) {
  const { t, i18n } = useTranslation();
  const record = useQuery({
    queryKey: ['child', childId, 'now'],
    queryFn: () => api<ChildDetail>('GET', `/api/children/${childId}`),
    staleTime: 0,
  });
  const now = record.data;
  return (
    <Stack gap="xs">
      <SideBySide
        mine={{
          label: t('interview.recordsChanged.inInterview'),
          content: (
            <Text size="sm">
              {nameOf(child)} · {child.birthDate ? formatDate(child.birthDate, i18n.language) : '—'}
            </Text>
          ),
        }}
        theirs={{
          label: t('interview.recordsChanged.inCiclo'),
          content: (
            <>
              <Text size="sm">
                {now
                  ? `${fullName(now)} · ${formatDate(now.birthDate, i18n.language)}`
                  : record.error
                    ? record.error.message
                    : t('interview.recordsChanged.reading')}
              </Text>
              {now?.family && (
                <Text size="sm">
                  {t('interview.recordsChanged.family', { family: now.family.familyName })}
                </Text>
              )}
            </>
          ),
        }}
      />
      <Group>
        <Button size="compact-sm" disabled={!now} onClick={() => now && onDecided(now, true)}>
          {t('interview.recordsChanged.takeRecord')}
        </Button>
        <Button
          size="compact-sm"
          variant="default"
          disabled={!now}
          onClick={() => now && onDecided(now, false)}
        >
          {t('interview.recordsChanged.keepInterview')}
        </Button>
      </Group>
    </Stack>
  );
}

function ReferralChanged({
  referralId,
  onKeep,
  onLeave,
}: {
  referralId: string;
  onKeep: (now: Referral) => void;
  onLeave: () => void;
}) {
  const { t } = useTranslation();
  const referral = useQuery({
    queryKey: ['referral', referralId, 'now'],
    queryFn: () => api<Referral>('GET', `/api/referrals/${referralId}`),
    staleTime: 0,
  });
  const now = referral.data;
  return (
    <Stack gap="xs">
      <Text size="sm">
        {now
          ? t('interview.recordsChanged.referralNow', {
              who: now.assignedTo?.displayName ?? t('interview.recordsChanged.nobody'),
              status: t(`referrals.statuses.${now.status}`),
            })
          : referral.error
            ? referral.error.message
            : t('interview.recordsChanged.reading')}
      </Text>
      <Group>
        <Button size="compact-sm" disabled={!now} onClick={() => now && onKeep(now)}>
          {t('interview.recordsChanged.keepReferral')}
        </Button>
        <Button size="compact-sm" variant="default" onClick={onLeave}>
          {t('interview.recordsChanged.leaveReferral')}
        </Button>
      </Group>
    </Stack>
  );
}
