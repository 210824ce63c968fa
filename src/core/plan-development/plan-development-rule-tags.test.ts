import { describe, expect, it } from 'vitest';
import rulesDoc from '../../../docs/rules/plan-development.md?raw';

/** Every PD… tag the plan-development core cites is an entry of docs/rules/plan-development.md. */
const sources = import.meta.glob<string>('./*.ts', { query: '?raw', import: 'default', eager: true });
const TAG = /\bPD\d+\.\d+\b/g;

describe('plan-development rule tags', () => {
  const defined = new Set([...rulesDoc.matchAll(/^\s*- \*\*(PD\d+\.\d+)\*\*/gm)].map(([, tag]) => tag!));

  it('every PD… tag in src/core/plan-development has an entry in docs/rules/plan-development.md', () => {
    expect(defined.size).toBeGreaterThan(10);
    const unresolved = Object.entries(sources)
      .flatMap(([file, text]) => [...text.matchAll(TAG)].map(([tag]) => `${file}: ${tag}`))
      .filter((cited) => !defined.has(cited.slice(cited.lastIndexOf(' ') + 1)));
    expect(unresolved).toEqual([]);
  });
});
