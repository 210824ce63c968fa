import { describe, expect, it } from 'vitest';
import rulesDoc from '../../../docs/rules/monitoring.md?raw';

/**
 * Every MN… tag the monitoring core and the documents core cite is an entry of
 * docs/rules/monitoring.md, the repository's own statement of these rules.
 */
const sources = {
  ...import.meta.glob<string>('./*.ts', { query: '?raw', import: 'default', eager: true }),
  ...import.meta.glob<string>('../documents/*.ts', { query: '?raw', import: 'default', eager: true }),
};
const TAG = /\bMN\d+\.\d+\b/g;

describe('monitoring rule tags', () => {
  const defined = new Set(
    [...rulesDoc.matchAll(/^(?:#+ |\s*- \*\*)(MN\d+(?:\.\d+)*)\b/gm)].map(([, tag]) => tag!),
  );

  it('every MN… tag cited has an entry in docs/rules/monitoring.md', () => {
    expect(defined.has('MN1.1')).toBe(true);
    const unresolved = Object.entries(sources).flatMap(([file, text]) =>
      [...text.matchAll(TAG)]
        .map(([tag]) => tag)
        .filter((tag) => !defined.has(tag))
        .map((tag) => `${file}: ${tag}`),
    );
    expect(unresolved).toEqual([]);
  });
});
