import { Badge, Box, Card, Group, List, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../app/format';
import { FUNNEL_STEPS, STATUS_COLORS, type MpoView } from './outcomes-types';

const FunnelChart = lazy(async () => ({ default: (await import('./FunnelChart')).FunnelChart }));

/**
 * One MPO: its status and percentage against the target, what it says and how it is measured,
 * the funnel as a chart and the same counts as a list (the drop-off from each to the next,
 * for screen readers and small screens), and the steps that lose many children in words.
 */
export function MpoCard({ mpo }: { mpo: MpoView }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'es' ? 'es' : 'en';
  const number = (value: number) => formatNumber(value, i18n.language);
  const percent = (value: number | null) => (value === null ? '—' : `${number(value)}%`);
  const title = t('outcomes.mpoTitle', { number: mpo.mpo, area: mpo.area });
  const titleId = `mpo-${mpo.mpo.replace(/\W/g, '-')}`;
  return (
    <Card withBorder component="section" aria-labelledby={titleId}>
      <Group justify="space-between" align="start" wrap="wrap" gap="xs">
        <Title order={2} size="h4" id={titleId}>
          {title}
        </Title>
        <Badge color={STATUS_COLORS[mpo.status]} variant="filled">
          {t(`outcomes.status.${mpo.status}`)}
        </Badge>
      </Group>
      <Text size="xl" fw={700} mt="xs">
        {t('outcomes.pctOfTarget', { pct: percent(mpo.pct), target: percent(mpo.target) })}
      </Text>
      <Text size="sm">
        {t('outcomes.grewOfTested', { grew: number(mpo.grew), tested: number(mpo.tested) })}
      </Text>
      {mpo.statement[language] && (
        <Text size="sm" mt="xs">
          {mpo.statement[language]}
        </Text>
      )}
      <Text size="xs" c="dimmed" mt={4}>
        {mpo.rule[language]}
      </Text>
      <div role="img" aria-label={t('outcomes.chartOf', { title })}>
        <Suspense fallback={<Box h={200} mt="sm" />}>
          <FunnelChart
            label={t('outcomes.children')}
            formatValue={number}
            bars={FUNNEL_STEPS.map((step) => ({
              step: t(`outcomes.shortSteps.${step}`),
              children: mpo[step],
            }))}
          />
        </Suspense>
      </div>
      <List size="sm" mt="sm" spacing={2} aria-label={t('outcomes.countsOf', { title })}>
        <List.Item>{t('outcomes.countServed', { n: number(mpo.served) })}</List.Item>
        {mpo.dropOff.map((step) => (
          <List.Item key={step.to}>
            {t(`outcomes.countLine.${step.to}`, {
              n: number(step.kept),
              lost: number(step.lost),
              pct: percent(step.keptPct),
            })}
          </List.Item>
        ))}
      </List>
      {mpo.findings.length > 0 && (
        <Box mt="sm">
          <Title order={3} size="h6">
            {t('outcomes.findings')}
          </Title>
          <List size="sm" spacing={2}>
            {mpo.findings.map((finding) => (
              <List.Item key={finding.step}>{finding.words[language]}</List.Item>
            ))}
          </List>
        </Box>
      )}
    </Card>
  );
}
