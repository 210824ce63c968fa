import { describe, expect, it } from 'vitest';
import { summarizeAssistanceByCounty } from './da-assistance';

describe('assistance across counties', () => {
  it('counts records and LEAs per county, keeps the last date, and ranks the themes named', () => {
    const summary = summarizeAssistanceByCounty([
      { county: 'Merced', leaId: 'a', providedOn: '2026-01-10', themes: ['instruction', 'working_in_silos'] },
      { county: 'Merced', leaId: 'a', providedOn: '2026-03-02', themes: ['working_in_silos'] },
      {
        county: 'Merced',
        leaId: 'b',
        providedOn: '2026-02-01',
        themes: ['culture_beliefs_mindset', 'instruction'],
      },
      { county: 'Kern', leaId: 'c', providedOn: '2026-02-11', themes: [] },
      { county: null, leaId: 'd', providedOn: '2026-02-12', themes: ['ownership'] },
    ]);
    expect(summary.map((c) => c.county)).toEqual(['—', 'Kern', 'Merced']);
    expect(summary[2]).toEqual({
      county: 'Merced',
      records: 3,
      leasAssisted: 2,
      lastProvidedOn: '2026-03-02',
      themes: [
        { theme: 'instruction', count: 2 },
        { theme: 'working_in_silos', count: 2 },
        { theme: 'culture_beliefs_mindset', count: 1 },
      ],
    });
    expect(summary[1]).toMatchObject({ records: 1, leasAssisted: 1, themes: [] });
  });
});
