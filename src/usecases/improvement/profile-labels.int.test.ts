import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MEASURE_IDS, PDSA_ACTS, RUN_CHART_SIGNALS } from '../../core/improvement';
import { signalSentences } from './export-profile';
import { PROFILE_LABELS, type ProfileLanguage } from './profile-labels';

type Catalog = Record<string, Record<string, unknown>>;

const web = (language: ProfileLanguage) =>
  (
    JSON.parse(
      readFileSync(new URL(`../../web/i18n/${language}/improvement.json`, import.meta.url), 'utf8'),
    ) as { improvement: Catalog }
  ).improvement;

const fill = (text: unknown, values: Record<string, unknown>) =>
  String(text).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));

describe.each(['en', 'es'] as const)(
  'the profile in %s says what the project page says (IP4.6)',
  (language) => {
    const labels = PROFILE_LABELS[language];
    const page = web(language);
    const signals = page['signals'] as Record<string, { name: string; sentence: string }>;

    it('the same signal names and sentences', () => {
      const facts = { from: '2024-03', longestRun: 9, crossings: 2, limit: 7 };
      for (const signal of RUN_CHART_SIGNALS) {
        expect(labels.signalName[signal]).toBe(signals[signal]!.name);
        expect(labels.signalSentence[signal](facts)).toBe(fill(signals[signal]!.sentence, facts));
      }
      expect(labels.noSignal).toBe(page['signals']!['none']);
      const summary = { median: 46, useful: 12, longestRun: 9, crossings: 2 };
      expect(labels.summary(summary)).toBe(fill(page['chart']!['summary'], summary));
    });

    it('the same headings, measures, units and acts', () => {
      const project = page['project']!;
      expect(labels.aim).toBe(project['aim']);
      expect(labels.changeIdeas).toBe(project['changeIdeas']);
      expect(labels.cycles).toBe(project['cycles']);
      expect(labels.noAim).toBe(project['noAim']);
      for (const key of [
        'primaryDriver',
        'secondaryDriver',
        'idea',
        'plan',
        'prediction',
        'do',
        'study',
        'act',
      ] as const)
        expect(labels[key]).toBe(project[key]);
      expect(labels.title(3, 'Merced')).toBe(fill(project['title'], { number: 3, name: 'Merced' }));
      for (const act of PDSA_ACTS)
        expect(labels.acts[act]).toBe((project['acts'] as Record<string, string>)[act]);
      for (const id of MEASURE_IDS) expect(labels.measure[id]).toBe(page['measure']![id]);
      for (const unit of ['count', 'percent', 'rate'] as const)
        expect(labels.unit[unit]).toBe(page['unit']![unit]);
      expect(labels.median).toBe(page['chart']!['median']);
      expect(labels.frozenMedian).toBe(page['chart']!['frozenMedian']);
      expect(labels.target).toBe(page['chart']!['target']);
    });
  },
);

describe('signalSentences (IP1.5–IP1.7, IP4.6)', () => {
  const analysis = {
    median: 40,
    baselineCount: 6,
    useful: 12,
    longestRun: 8,
    longestRunLimit: 7,
    crossings: 1,
    crossingsLimit: 3,
    signals: { longestRun: true, crossings: true, shift: true, trend: false },
    shiftPoints: [4, 5, 6, 7, 8, 9, 10, 11],
    trendPoints: [],
  };
  const periods = Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}`);

  it('one sentence per signal, in the page’s order, the shift from its first point', () => {
    expect(signalSentences(analysis, periods, 'en')).toEqual([
      'Shift: six or more points in a row on one side of the median, from 2024-05: the process has likely changed.',
      'Long run: the longest run (8 points) is longer than chance allows (7): the median no longer describes the process.',
      'Too few crossings: the line crosses the median only 1 times, fewer than chance allows (3): the process has likely shifted.',
    ]);
    expect(signalSentences(analysis, periods, 'es')[0]).toBe(
      'Desplazamiento: seis o más puntos seguidos del mismo lado de la mediana, desde 2024-05: es probable que el proceso haya cambiado.',
    );
  });

  it('no sentence without a signal', () => {
    const quiet = {
      ...analysis,
      signals: { longestRun: false, crossings: false, shift: false, trend: false },
    };
    expect(signalSentences(quiet, periods, 'en')).toEqual([]);
  });
});
