import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/eligibility-cases';

/**
 * Every X… tag the exchange core cites has an entry in docs/rules/msix.md, and every entry
 * names its source (the core itself may read no file, so the check lives here).
 */
const here = path.join(repoRoot, 'src/core/exchange');
const doc = readFileSync(path.join(repoRoot, 'docs/rules/msix.md'), 'utf8');

describe('MSIX rule tags', () => {
  it('resolve to an entry of docs/rules/msix.md', () => {
    const defined = new Set([...doc.matchAll(/^\s*- \*\*(X\d+\.\d+)\*\*/gm)].map((m) => m[1]));
    const cited = readdirSync(here)
      .filter((file) => file.endsWith('.ts'))
      .flatMap((file) =>
        [...readFileSync(path.join(here, file), 'utf8').matchAll(/\bX\d+\.\d+\b/g)].map((m) => m[0]),
      );
    expect(cited.length).toBeGreaterThan(30);
    expect([...new Set(cited)].filter((tag) => !defined.has(tag))).toEqual([]);
  });

  it('give every entry the source it comes from', () => {
    const entries = doc.split(/^(?=[ \t]*- \*\*X\d)/m).slice(1);
    expect(entries.length).toBeGreaterThan(25);
    for (const entry of entries) expect(entry, entry.slice(0, 20)).toMatch(/\*\*Comes from:\*\* \S/);
  });
});
