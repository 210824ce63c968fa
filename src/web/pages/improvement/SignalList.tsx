import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { signalsFound } from '../../../core/improvement/run-chart';
import type { RunChartAnalysis } from './improvement-types';

/** The signals of a run chart, one sentence each saying what it means (IP1.5–IP1.7). */
export function SignalList({ analysis, labels }: { analysis: RunChartAnalysis | null; labels: string[] }) {
  const { t } = useTranslation();
  if (!analysis) return <Text c="dimmed">{t('improvement.chart.noData')}</Text>;
  const signals = signalsFound(analysis);
  const first = (indices: number[]) => labels[indices[0] ?? 0] ?? '';
  return (
    <>
      <Text size="sm">
        {t('improvement.chart.summary', {
          median: analysis.median,
          useful: analysis.useful,
          longestRun: analysis.longestRun,
          crossings: analysis.crossings,
        })}
      </Text>
      {signals.length === 0 ? (
        <Text size="sm">{t('improvement.signals.none')}</Text>
      ) : (
        <List size="sm" aria-label={t('improvement.signals.title')}>
          {signals.map((signal) => (
            <List.Item key={signal}>
              <Text span fw={700} c="red.9">
                {t(`improvement.signals.${signal}.name`)}
              </Text>
              {': '}
              {t(`improvement.signals.${signal}.sentence`, {
                from: signal === 'shift' ? first(analysis.shiftPoints) : first(analysis.trendPoints),
                longestRun: analysis.longestRun,
                limit: signal === 'crossings' ? analysis.crossingsLimit : analysis.longestRunLimit,
                crossings: analysis.crossings,
              })}
            </List.Item>
          ))}
        </List>
      )}
    </>
  );
}
