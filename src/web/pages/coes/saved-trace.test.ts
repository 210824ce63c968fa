import { describe, expect, it } from 'vitest';
import { determineEligibility } from '../../../core/eligibility/determine-eligibility';
import { CALIFORNIA_ELIGIBILITY_SETTINGS } from '../../../core/eligibility/eligibility-settings';
import { child, grapeWork, interview, move } from '../../../core/eligibility/interview-builders';
import { savedTraceInWords, withChildNames } from './saved-trace';

/** María moved from Salinas to Dos Palos for grapes, with Ana. */
const family = interview({
  interviewDate: '2023-01-10',
  workers: [{ id: 'w-1', name: 'María' }],
  children: [child({ name: 'Ana' })],
  moves: [
    move('m1', '2022-08-15', {
      from: { residence: '4 Main St', city: 'Salinas', schoolDistrict: 'Salinas City ESD' },
      to: { residence: 'Camp 2', city: 'Dos Palos', schoolDistrict: 'Dos Palos JUSD' },
      movers: ['w-1', 'c-1'],
      work: [grapeWork('2022-08-20')],
    }),
  ],
});
const settings = CALIFORNIA_ELIGIBILITY_SETTINGS;

describe("a saved COE's trace in plain words (the recruiter's words on the COE page)", () => {
  // Saved as the server saves it: the contract's trace, naming ids.
  const saved = determineEligibility(family);

  it('names people and places in the reader’s language instead of ids', () => {
    expect(saved.children[0]!.trace.join(' ')).toMatch(/\bm1\b/);
    const english = savedTraceInWords(family, saved, { language: 'en', settings });
    expect(english.children[0]!.trace[0]).toMatch(/^María's move from Salinas to Dos Palos on 2022-08-15/);
    const spanish = savedTraceInWords(family, saved, { language: 'es', settings });
    expect(spanish.children[0]!.trace[0]).toMatch(/^La mudanza de María de Salinas a Dos Palos/);
    expect({ ...spanish.children[0], trace: [] }).toEqual({ ...saved.children[0], trace: [] });
  });

  it('names a child the interview left unnamed by the certificate’s name, whatever the saved keys’ order', () => {
    const unnamed = { ...family, children: [{ ...family.children[0]!, name: undefined }] };
    const reordered = {
      children: saved.children.map((c) => Object.fromEntries(Object.entries(c).reverse()) as typeof c),
    };
    const named = withChildNames(unnamed, new Map([['c-1', 'Ana Ruiz']]));
    expect(named.children[0]!.name).toBe('Ana Ruiz');
    expect(withChildNames(family, new Map([['c-1', 'Ana Ruiz']])).children[0]!.name).toBe('Ana');
    const words = savedTraceInWords(named, reordered, { language: 'en', settings });
    expect(words.children[0]!.trace[1]).toMatch(/^Ana Ruiz moved with María/);
  });

  it('keeps the saved trace of a child whose result comes out differently now', () => {
    const changed = { children: [{ ...saved.children[0]!, qad: '2022-08-16' }] };
    expect(savedTraceInWords(family, changed, { language: 'en', settings })).toEqual(changed);
  });
});
