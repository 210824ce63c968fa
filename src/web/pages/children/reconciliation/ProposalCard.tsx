import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../../app/api';
import { formatDate, fullName } from '../../../app/format';
import { Fact } from '../../../components/Fact';
import { ConfirmDialog } from './ConfirmDialog';
import type { ChildOperation, MatchProposal, SideBySideChild } from './reconciliation-types';

/** One child of a proposed pair: identifiers, birth, region, COEs and enrollments (IR5.7). */
function ChildSide({ child, heading }: { child: SideBySideChild; heading: string }) {
  const { t, i18n } = useTranslation();
  const date = (value: string | null) => formatDate(value, i18n.language);
  return (
    <Card withBorder padding="sm">
      <Stack gap="xs">
        <Title order={3} size="h5">
          {heading}:{' '}
          <Anchor component={Link} to={`/children/${child.id}`}>
            {fullName(child)}
          </Anchor>
        </Title>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" component="dl" m={0}>
          <Fact label={t('children.studentNumber')} value={child.studentNumber} />
          <Fact label={t('child.ssid')} value={child.statewideStudentId ?? '—'} />
          <Fact label={t('child.fields.msixId')} value={child.msixId ?? '—'} />
          <Fact label={t('reconciliation.historyStudentId')} value={child.historyStudentId ?? '—'} />
          <Fact label={t('children.birthDate')} value={date(child.birthDate)} />
          <Fact label={t('children.region')} value={t('common.region', { number: child.regionNumber })} />
        </SimpleGrid>
        <Text size="sm" fw={600}>
          {t('reconciliation.coes')}
        </Text>
        {child.coes.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('reconciliation.none')}
          </Text>
        ) : (
          <List size="sm">
            {child.coes.map((coe) => (
              <List.Item key={coe.coeId}>
                <Anchor component={Link} to={`/coes/${coe.coeId}`}>
                  {t('reconciliation.coeLine', {
                    date: date(coe.interviewDate),
                    status: t(`reconciliation.coeStatus.${coe.status}`, { defaultValue: coe.status }),
                  })}
                </Anchor>
              </List.Item>
            ))}
          </List>
        )}
        <Text size="sm" fw={600}>
          {t('reconciliation.enrollments')}
        </Text>
        {child.enrollments.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('reconciliation.none')}
          </Text>
        ) : (
          <List size="sm">
            {child.enrollments.map((e, i) => (
              <List.Item key={i}>
                {t('reconciliation.enrollmentLine', {
                  district: e.districtName,
                  school: e.schoolName ?? '—',
                  from: date(e.enrollmentDate),
                  to: e.exitDate ? date(e.exitDate) : '…',
                })}
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Card>
  );
}

/**
 * A pair of children likely to be one child, side by side, with why; merge (choosing the child
 * kept) or "not the same", each after a confirmation (IR5.7).
 */
export function ProposalCard({
  proposal,
  onMerged,
}: {
  proposal: MatchProposal;
  onMerged: (op: ChildOperation) => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [keptId, setKeptId] = useState(proposal.first.id);
  const [reason, setReason] = useState('');
  const [asking, setAsking] = useState<'merge' | 'dismiss' | null>(null);
  const kept = keptId === proposal.first.id ? proposal.first : proposal.second;
  const merged = keptId === proposal.first.id ? proposal.second : proposal.first;
  const done = async () => {
    setAsking(null);
    await client.invalidateQueries({ queryKey: ['reconciliation'] });
  };
  const merge = useMutation({
    mutationFn: () =>
      api<ChildOperation>('POST', '/api/children/reconciliation/merges', {
        keptChildId: kept.id,
        keptVersion: kept.version,
        mergedChildId: merged.id,
        mergedVersion: merged.version,
        ...(proposal.conflicts.length > 0 ? { overrideReason: reason } : {}),
      }),
    onSuccess: async (operation) => {
      onMerged(operation);
      await done();
    },
  });
  const dismiss = useMutation({
    mutationFn: () =>
      api('POST', '/api/children/reconciliation/dismissals', {
        firstChildId: proposal.first.id,
        secondChildId: proposal.second.id,
      }),
    onSuccess: done,
  });
  const names = `${fullName(proposal.first)} · ${fullName(proposal.second)}`;
  return (
    <Card withBorder component="section" aria-label={names}>
      <Stack>
        <Group gap="xs" wrap="wrap">
          <Title order={2} size="h4">
            {names}
          </Title>
          <Badge color={proposal.certain ? 'green' : 'ciclo'}>
            {proposal.certain
              ? t('reconciliation.certain')
              : t('reconciliation.score', { score: proposal.score })}
          </Badge>
          {proposal.crossRegion && <Badge color="orange">{t('reconciliation.crossRegion')}</Badge>}
        </Group>
        <Text size="sm">
          {t('reconciliation.why')} {proposal.reasons.map((r) => t(`reconciliation.reasons.${r}`)).join('; ')}
        </Text>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <ChildSide child={proposal.first} heading={t('reconciliation.childA')} />
          <ChildSide child={proposal.second} heading={t('reconciliation.childB')} />
        </SimpleGrid>
        {proposal.conflicts.length > 0 && (
          <Alert color="orange" title={t('reconciliation.conflictsTitle')}>
            {t('reconciliation.conflicts', {
              names: proposal.conflicts.map((c) => t(`reconciliation.identifiers.${c}`)).join(', '),
            })}
          </Alert>
        )}
        <Radio.Group label={t('reconciliation.keep')} value={keptId} onChange={setKeptId}>
          <Group mt="xs">
            <Radio
              value={proposal.first.id}
              label={`${t('reconciliation.childA')}: ${fullName(proposal.first)}`}
            />
            <Radio
              value={proposal.second.id}
              label={`${t('reconciliation.childB')}: ${fullName(proposal.second)}`}
            />
          </Group>
        </Radio.Group>
        {proposal.conflicts.length > 0 && (
          <Textarea
            label={t('fields.names.overrideReason')}
            description={t('reconciliation.overrideHint')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            autosize
            minRows={2}
          />
        )}
        <Group>
          <Button onClick={() => setAsking('merge')}>{t('reconciliation.merge')}</Button>
          <Button variant="default" onClick={() => setAsking('dismiss')}>
            {t('reconciliation.notSame')}
          </Button>
        </Group>
      </Stack>
      {asking === 'merge' && (
        <ConfirmDialog
          title={t('reconciliation.confirmMergeTitle')}
          explain={t('reconciliation.confirmMerge', { kept: fullName(kept), merged: fullName(merged) })}
          confirm={t('reconciliation.merge')}
          pending={merge.isPending}
          error={merge.error}
          onConfirm={() => merge.mutate()}
          onClose={() => {
            merge.reset();
            setAsking(null);
          }}
        />
      )}
      {asking === 'dismiss' && (
        <ConfirmDialog
          title={t('reconciliation.confirmDismissTitle')}
          explain={t('reconciliation.confirmDismiss')}
          confirm={t('reconciliation.notSame')}
          pending={dismiss.isPending}
          error={dismiss.error}
          onConfirm={() => dismiss.mutate()}
          onClose={() => {
            dismiss.reset();
            setAsking(null);
          }}
        />
      )}
    </Card>
  );
}
