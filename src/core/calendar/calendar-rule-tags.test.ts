import { describe, expect, it } from 'vitest';
import rulesDoc from '../../../docs/rules/calendar.md?raw';

/** Every CA… tag the calendar core cites is an entry of docs/rules/calendar.md. */
const sources = import.meta.glob<string>('./*.ts', { query: '?raw', import: 'default', eager: true });
const TAG = /\bCA\d+\.\d+\b/g;

describe('calendar rule tags', () => {
  const defined = new Set([...rulesDoc.matchAll(/^\s*- \*\*(CA\d+\.\d+)\*\*/gm)].map(([, tag]) => tag!));

  it('every CA… tag in src/core/calendar has an entry in docs/rules/calendar.md', () => {
    expect(defined.size).toBeGreaterThan(10);
    const unresolved = Object.entries(sources)
      .flatMap(([file, text]) => [...text.matchAll(TAG)].map(([tag]) => `${file}: ${tag}`))
      .filter((cited) => !defined.has(cited.slice(cited.lastIndexOf(' ') + 1)));
    expect(unresolved).toEqual([]);
  });
});
