import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTROL_CHART_LABELS, fillLabel } from './profile-control-labels';

const web = (language: 'en' | 'es') =>
  (
    JSON.parse(
      readFileSync(new URL(`../../web/i18n/${language}/controlCharts.json`, import.meta.url), 'utf8'),
    ) as { controlChart: Record<string, unknown> }
  ).controlChart;

describe.each(['en', 'es'] as const)(
  'the profile’s control chart in %s says what the page says (IP4.6, IP5)',
  (language) => {
    it('the same words for the types, reasons, rule sets, rules and phases', () => {
      const page = web(language);
      for (const [key, value] of Object.entries(CONTROL_CHART_LABELS[language]))
        expect(value).toEqual(page[key]);
    });

    it('fills the placeholders', () => {
      expect(fillLabel(CONTROL_CHART_LABELS.en.phaseLine, { number: 2, from: '2016-10', center: 60 })).toBe(
        'Phase 2 from 2016-10: centre line 60.',
      );
    });
  },
);
