import { describe, expect, it } from 'vitest';
import rulesDoc from '../../../docs/rules/services.md?raw';

/**
 * Every S… tag the services core cites (`S3.6`) is an entry of docs/rules/services.md, the
 * repository's own statement of these rules; tests/integration/rule-tags.test.ts checks the
 * R… tags the same way. Test files are left out: their `S1`, `S2` are service ids.
 */
const sources = import.meta.glob<string>('./*.ts', { query: '?raw', import: 'default', eager: true });
const TAG = /\bS\d+\.\d+\b/g;

function definedTags(doc: string): Set<string> {
  return new Set([...doc.matchAll(/^(?:#+ |\s*- \*\*)(S\d+(?:\.\d+)*)\b/gm)].map(([, tag]) => tag!));
}

describe('services rule tags', () => {
  const defined = definedTags(rulesDoc);

  it('the rules document defines its entries', () => {
    expect(defined.size).toBeGreaterThan(25);
    expect(defined.has('S3.6')).toBe(true);
  });

  it('every S… tag in src/core/services has an entry in docs/rules/services.md', () => {
    const unresolved = Object.entries(sources)
      .filter(([file]) => !file.includes('.test'))
      .flatMap(([file, text]) => [...text.matchAll(TAG)].map(([tag]) => `${file}: ${tag}`))
      .filter((cited) => !defined.has(cited.slice(cited.lastIndexOf(' ') + 1)));
    expect(unresolved).toEqual([]);
  });

  it('the rules of the MPO figures are each cited where they are implemented', () => {
    const code = Object.entries(sources)
      .filter(([file]) => !file.includes('.test'))
      .map(([, text]) => text)
      .join('\n');
    for (const tag of [
      'S1.1',
      'S2.1',
      'S2.2',
      'S2.3',
      'S3.1',
      'S3.2',
      'S3.3',
      'S3.4',
      'S3.5',
      'S3.6',
      'S3.7',
    ])
      expect(code.match(new RegExp(`\\b${tag.replace('.', '\\.')}\\b`)), tag).not.toBeNull();
    for (const tag of [
      'S3.8',
      'S3.9',
      'S3.10',
      'S3.11',
      'S4.1',
      'S4.6',
      'S4.7',
      'S4.8',
      'S5.1',
      'S5.2',
      'S5.3',
    ])
      expect(code.match(new RegExp(`\\b${tag.replace('.', '\\.')}\\b`)), tag).not.toBeNull();
  });
});
