import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, ApiError } from '../../app/api';
import { formatDate, fullName, todayInState } from '../../app/format';
import { useSession } from '../../app/session';
import { QueryState } from '../../components/QueryState';
import { LastSyncedNotice } from '../../components/LastSyncedNotice';
import { keepsCopies, useCopyDroppedWithRecord, useSyncedQuery } from '../../offline/use-synced-query';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { regionKnownIn } from './known-in-region';
import { ReferralFromSchoolContact } from '../school-contacts/ReferralFromSchoolContact';
import { AddressLink, PhoneLink } from '../../components/ContactLinks';
import { MoveNoticePanel } from '../move-notices/MoveNoticePanel';
import { moveNoticesOfReferral } from '../move-notices/move-notice-types';
import { PriorityOverrideForm, PriorityWhy } from './PriorityOverride';
import {
  ATTEMPT_TYPES,
  OUTCOMES,
  type ContactResult,
  type FamilyContact,
  type Referral,
} from './referral-types';

/** A referral: why it is ranked where it is, the family contact log, and a new contact. */
export function ReferralPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const client = useQueryClient();
  // A recruiter's family contacts are kept on the device, to read offline as last synced (ID8),
  // a task's move notice with them.
  const keep = keepsCopies(can);
  const referral = useSyncedQuery<Referral>({
    queryKey: ['referral', id],
    url: `/api/referrals/${id}`,
    keep,
  });
  useCopyDroppedWithRecord({ url: moveNoticesOfReferral(id), refusal: referral.error, keep });
  const knownInRegion = referral.data ? regionKnownIn(referral.data.matchReasons) : null;
  const contacts = useSyncedQuery<{ items: FamilyContact[] }>({
    queryKey: ['referral', id, 'contacts'],
    url: `/api/referrals/${id}/contacts`,
    keep,
  });
  const offline = referral.syncedAt !== null || contacts.syncedAt !== null;
  const [form, setForm] = useState({
    contactedOn: todayInState(),
    attemptType: 'phone',
    outcome: 'no-answer',
    notes: '',
  });
  const log = useMutation({
    mutationFn: () =>
      api<ContactResult>('POST', `/api/referrals/${id}/contacts`, {
        ...form,
        notes: form.notes.trim() || null,
      }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['referral', id] });
      void client.invalidateQueries({ queryKey: ['referrals'] });
      void client.invalidateQueries({ queryKey: ['referral-quota'] });
      setForm((current) => ({ ...current, notes: '' }));
    },
  });
  const error = log.error instanceof ApiError ? log.error : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    log.mutate();
  }

  return (
    <Stack>
      <Anchor component={Link} to="/referrals" size="sm">
        {t('referrals.backToQueue')}
      </Anchor>
      <QueryState isPending={referral.isPending} error={referral.error}>
        {referral.data && (
          <>
            <Group justify="space-between" wrap="wrap">
              <Title order={1}>{fullName(referral.data)}</Title>
              <Badge size="lg" variant="outline">
                {t('referrals.priority', { priority: referral.data.priority })}
              </Badge>
            </Group>
            <Card withBorder>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
                <Text>
                  {t('referrals.born', { date: formatDate(referral.data.birthDate, i18n.language) })}
                </Text>
                <Text>
                  {[
                    referral.data.districtName,
                    referral.data.schoolName,
                    referral.data.grade && t('referrals.grade', { grade: referral.data.grade }),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
                <Text>
                  {referral.data.guardianName}
                  {referral.data.guardianName && referral.data.phone && ' · '}
                  {referral.data.phone && <PhoneLink phone={referral.data.phone} />}
                  {!referral.data.guardianName && !referral.data.phone && '—'}
                </Text>
                <Text>{referral.data.address ? <AddressLink address={referral.data.address} /> : '—'}</Text>
                <Text>{t(`referrals.statuses.${referral.data.status}`)}</Text>
                <Text>
                  {referral.data.assignedTo
                    ? t('referrals.assignedTo', { name: referral.data.assignedTo.displayName })
                    : t('referrals.assignees.unassigned')}
                </Text>
              </SimpleGrid>
              <Text size="sm" mt="xs">
                {t('referrals.sourceLine', {
                  source: t(`referrals.sources.${referral.data.source}`),
                  date: formatDate(referral.data.receivedOn, i18n.language),
                })}
              </Text>
              <PriorityWhy referral={referral.data} />
              {referral.data.matchedChildId && (
                <Text size="sm" mt="xs">
                  {t('referrals.matched', {
                    reasons: referral.data.matchReasons
                      .map((reason) => t(`referrals.matchReasons.${reason}`, { defaultValue: reason }))
                      .join(', '),
                  })}{' '}
                  <Anchor component={Link} to={`/children/${referral.data.matchedChildId}`}>
                    {t('referrals.openChild')}
                  </Anchor>
                </Text>
              )}
              {knownInRegion !== null && (
                <Text size="sm" mt="xs">
                  {t('referrals.knownInRegion', { number: knownInRegion })}
                </Text>
              )}
              <ReferralFromSchoolContact referral={referral.data} />
            </Card>
            {referral.data.source === 'msix-move-notice' && <MoveNoticePanel referralId={id} keep={keep} />}
            {referral.data.closedByCoeId && (
              <Alert color="teal" title={t('referrals.closedByCoe')} role="status">
                <Anchor component={Link} to={`/coes/${referral.data.closedByCoeId}`}>
                  {t('referrals.openClosingCoe')}
                </Anchor>
              </Alert>
            )}
            {log.data?.startInterview && (
              <Alert color="ciclo" title={t('referrals.interviewNext')} role="status">
                <Button component={Link} to={`/interview?referral=${id}`} mt="xs">
                  {t('referrals.startInterview')}
                </Button>
              </Alert>
            )}
            {can('referral.assign') && !offline && (
              <PriorityOverrideForm key={referral.data.id} referral={referral.data} />
            )}
            <LastSyncedNotice
              syncedAt={referral.syncedAt ?? contacts.syncedAt}
              needsServer={can('referral.contact') ? t('referrals.offline.contactNeedsNetwork') : undefined}
            />
            {can('referral.contact') && !offline && (
              <Card withBorder component="form" onSubmit={submit} aria-labelledby="contact-title">
                <Title order={2} size="h4" id="contact-title">
                  {t('referrals.logContact')}
                </Title>
                <SimpleGrid cols={{ base: 1, sm: 3 }} mt="sm">
                  <TextInput
                    label={t('referrals.contactedOn')}
                    type="date"
                    required
                    value={form.contactedOn}
                    onChange={(e) => setForm({ ...form, contactedOn: e.currentTarget.value })}
                    error={error?.problemFor('contactedOn')}
                  />
                  <Select
                    label={t('referrals.attemptType')}
                    value={form.attemptType}
                    onChange={(value) => value && setForm({ ...form, attemptType: value })}
                    allowDeselect={false}
                    data={ATTEMPT_TYPES.map((value) => ({ value, label: t(`referrals.attempts.${value}`) }))}
                  />
                  <Select
                    label={t('referrals.outcome')}
                    value={form.outcome}
                    onChange={(value) => value && setForm({ ...form, outcome: value })}
                    allowDeselect={false}
                    data={OUTCOMES.map((value) => ({ value, label: t(`referrals.outcomes.${value}`) }))}
                  />
                </SimpleGrid>
                <Textarea
                  label={t('referrals.notes')}
                  mt="sm"
                  autosize
                  minRows={2}
                  value={form.notes}
                  onChange={(e) => setForm({ ...form, notes: e.currentTarget.value })}
                />
                {error && !error.problemFor('contactedOn') && (
                  <Alert color="red" role="alert" mt="sm">
                    {error.message}
                  </Alert>
                )}
                <Button type="submit" mt="sm" loading={log.isPending}>
                  {t('referrals.saveContact')}
                </Button>
              </Card>
            )}
            <Card withBorder>
              <Title order={2} size="h4">
                {t('referrals.contactLog')}
              </Title>
              <QueryState isPending={contacts.isPending} error={contacts.error}>
                {contacts.data?.items.length ? (
                  <ResponsiveTable
                    label={t('referrals.contactLog')}
                    minWidth={480}
                    rows={contacts.data.items}
                    rowKey={(contact) => contact.id}
                    columns={[
                      {
                        key: 'contactedOn',
                        header: t('referrals.contactedOn'),
                        cell: (contact) => formatDate(contact.contactedOn, i18n.language),
                      },
                      {
                        key: 'attemptType',
                        header: t('referrals.attemptType'),
                        cell: (contact) =>
                          t(`referrals.attempts.${contact.attemptType}`, {
                            defaultValue: contact.attemptType,
                          }),
                      },
                      {
                        key: 'outcome',
                        header: t('referrals.outcome'),
                        cell: (contact) => (
                          <>
                            {t(`referrals.outcomes.${contact.outcome}`, { defaultValue: contact.outcome })}
                            {contact.notes && <Text size="xs">{contact.notes}</Text>}
                          </>
                        ),
                      },
                      { key: 'by', header: t('referrals.by'), cell: (contact) => contact.contactedBy ?? '—' },
                    ]}
                  />
                ) : (
                  <Text size="sm" mt="xs">
                    {t('referrals.noContacts')}
                  </Text>
                )}
              </QueryState>
            </Card>
          </>
        )}
      </QueryState>
    </Stack>
  );
}
