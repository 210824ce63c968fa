/**
 * The assistance a county office gives an LEA eligible for DA (seed 004's feedback loop):
 * the kinds of assistance and the root-cause themes the June 2018 memo lists.
 */
export const ASSISTANCE_KINDS = [
  'meeting',
  'training',
  'coaching',
  'data_review',
  'site_visit',
  'other',
] as const;
export type AssistanceKind = (typeof ASSISTANCE_KINDS)[number];

/** Seed 004, "Themes from Root Cause Analysis Process with School Districts": the five most cited, then the additional ones. */
export const ROOT_CAUSE_THEMES = [
  'culture_beliefs_mindset',
  'data_use_accountability',
  'instruction',
  'systems_coherence',
  'climate_discipline',
  'working_in_silos',
  'identification_process',
  'ownership',
  'inconsistent_expectations',
  'connecting_supports_needs',
  'intervention_strategies',
] as const;
export type RootCauseTheme = (typeof ROOT_CAUSE_THEMES)[number];

/** One county's assistance, for the state to see progress across counties. */
export interface CountyAssistance {
  county: string;
  records: number;
  leasAssisted: number;
  lastProvidedOn: string;
  /** The root-cause themes named, most often first (ties by the memo's order). */
  themes: Array<{ theme: RootCauseTheme; count: number }>;
}

/** Assistance records summed up per county (records without a county under "—"), counties A–Z. */
export function summarizeAssistanceByCounty(
  records: ReadonlyArray<{
    county: string | null;
    leaId: string;
    providedOn: string;
    themes: readonly RootCauseTheme[];
  }>,
): CountyAssistance[] {
  const byCounty = new Map<
    string,
    { records: number; leas: Set<string>; last: string; themes: Map<RootCauseTheme, number> }
  >();
  for (const record of records) {
    const county = record.county ?? '—';
    const entry = byCounty.get(county) ?? {
      records: 0,
      leas: new Set<string>(),
      last: record.providedOn,
      themes: new Map<RootCauseTheme, number>(),
    };
    entry.records += 1;
    entry.leas.add(record.leaId);
    if (record.providedOn > entry.last) entry.last = record.providedOn;
    for (const theme of record.themes) entry.themes.set(theme, (entry.themes.get(theme) ?? 0) + 1);
    byCounty.set(county, entry);
  }
  return [...byCounty.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([county, entry]) => ({
      county,
      records: entry.records,
      leasAssisted: entry.leas.size,
      lastProvidedOn: entry.last,
      themes: [...entry.themes.entries()]
        .sort((a, b) => b[1] - a[1] || ROOT_CAUSE_THEMES.indexOf(a[0]) - ROOT_CAUSE_THEMES.indexOf(b[0]))
        .map(([theme, count]) => ({ theme, count })),
    }));
}
