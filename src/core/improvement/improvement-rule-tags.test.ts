import { describe, expect, it } from 'vitest';
import rulesDoc from '../../../docs/rules/improvement.md?raw';

/** Every `IP…` tag the improvement module cites has an entry in docs/rules/improvement.md. */
const sources = {
  ...import.meta.glob<string>('./*.ts', { query: '?raw', import: 'default', eager: true }),
  ...import.meta.glob<string>('../../usecases/improvement/*.ts', {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
  ...import.meta.glob<string>('../../server/routes/improvement/*.ts', {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
  ...import.meta.glob<string>('../../web/pages/improvement/*.tsx', {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
  ...import.meta.glob<string>('../../data/repositories/improvement*.ts', {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
  ...import.meta.glob<string>('../../cli/commands/run-chart.ts', {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
};

describe('improvement rule tags', () => {
  const defined = new Set([...rulesDoc.matchAll(/^\s*- \*\*(IP\d+\.\d+)\*\*/gm)].map((m) => m[1]!));

  it('the rules document defines its entries', () => expect(defined.size).toBeGreaterThan(5));

  it('every IP… tag cited resolves there', () => {
    const unresolved: string[] = [];
    for (const [file, text] of Object.entries(sources))
      for (const [tag] of text.matchAll(/\bIP\d+\.\d+\b/g))
        if (!defined.has(tag)) unresolved.push(`${file}: ${tag}`);
    expect(Object.keys(sources).length).toBeGreaterThan(4);
    expect(unresolved).toEqual([]);
  });
});
