import { Card, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Interview } from '../../../core/eligibility/interview-schema';
import { formatDate } from '../../app/format';

type Place = Interview['moves'][number]['from'];

/** The interview in the order of the framework: workers, children, then every move with its work. */
export function InterviewSummary({ interview }: { interview: Interview }) {
  const { t, i18n } = useTranslation();
  const date = (value: string | undefined) => formatDate(value ?? null, i18n.language);
  const names = new Map<string, string>([
    ...(interview.workers ?? []).map((w) => [w.id, w.name ?? w.id] as const),
    ...interview.children.map((c) => [c.id, c.name ?? c.id] as const),
    ...(interview.otherMembers ?? []).map((m) => [m.id, m.name ?? m.role ?? m.id] as const),
  ]);
  const place = (p: Place) =>
    [p.residence, p.schoolDistrict, p.city, p.state, p.country && p.country !== 'US' ? p.country : null]
      .filter(Boolean)
      .join(', ');
  const moves = [...interview.moves].sort((a, b) => a.date.localeCompare(b.date));

  return (
    <Card withBorder component="section" aria-labelledby="interview-summary-title">
      <Title order={2} size="h3" id="interview-summary-title">
        {t('coes.interview.title', { date: date(interview.interviewDate) })}
      </Title>
      <Stack gap="xs" mt="xs">
        <Text size="sm">
          <strong>{t('coes.interview.workers')}:</strong>{' '}
          {(interview.workers ?? []).map((w) => w.name ?? w.id).join('; ') || '—'}
        </Text>
        <Text size="sm">
          <strong>{t('coes.interview.children')}:</strong>{' '}
          {interview.children
            .map((c) => `${c.name ?? c.id} (${t('coes.interview.born', { date: date(c.birthDate) })})`)
            .join('; ')}
        </Text>
        <List size="sm" spacing="xs" aria-label={t('coes.interview.moves')}>
          {moves.map((move) => (
            <List.Item key={move.id}>
              <Text size="sm" fw={600}>
                {date(move.date)}: {move.movers.map((id) => names.get(id) ?? id).join(', ')}
              </Text>
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {place(move.from)} → {place(move.to)}
                {move.economicNecessity ? '' : ` · ${t('coes.interview.noEconomicNecessity')}`}
              </Text>
              {(move.work ?? []).map((work, index) => (
                <Text size="sm" key={index} c="dimmed">
                  {t(`coes.interview.work.${work.outcome}`, {
                    name: names.get(work.worker) ?? work.worker,
                    description: work.description ?? work.sector,
                    date: date(work.startDate),
                  })}
                </Text>
              ))}
              {(move.links ?? []).map((link, index) => (
                <Text size="sm" key={`link-${index}`} c="dimmed">
                  {t(`coes.interview.link.${link.type}`, {
                    child: names.get(link.child) ?? link.child,
                    worker: names.get(link.worker) ?? link.worker,
                    date: date(interview.moves.find((m) => m.id === link.workerMove)?.date),
                  })}
                </Text>
              ))}
            </List.Item>
          ))}
        </List>
      </Stack>
    </Card>
  );
}
