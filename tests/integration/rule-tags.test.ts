import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/eligibility-cases';

/**
 * The code cites the rules it implements by tag (`R5.1`, `R7.2`, `R3.4c` …), and every tag
 * must lead to an entry of docs/rules — the repository's own statement of the rules — so a
 * reader never needs a document from outside it. Two rule books number their rules alike:
 * differentiated assistance (its code in `accountability` and `da` folders and files) and
 * eligibility (everything else).
 */
const rulesDir = path.join(repoRoot, 'docs/rules');
const TAG = /\bR\d+(?:\.\d+)*[a-z]?\b/g;

function rulesDocOf(file: string): string {
  return /(^|\/)(accountability|da)([-./]|$)/.test(file) ? 'differentiated-assistance.md' : 'eligibility.md';
}

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(repoRoot, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(relative);
    return /\.(ts|tsx)$/.test(entry.name) ? [relative] : [];
  });
}

/** The tags a rules document defines: its headings (`## R7 …`) and its entries (`- **R7.2** …`). */
function definedTags(doc: string): Set<string> {
  const text = readFileSync(path.join(rulesDir, doc), 'utf8');
  const tags = new Set<string>();
  for (const [, tag] of text.matchAll(/^(?:#+ |\s*- \*\*)(R\d+(?:\.\d+)*)\b/gm)) tags.add(tag!);
  return tags;
}

describe('rule tags', () => {
  it('every R… tag in src has an entry in docs/rules', () => {
    const defined = new Map<string, Set<string>>();
    const unresolved: string[] = [];
    for (const file of sourceFiles('src')) {
      const doc = rulesDocOf(file);
      if (!defined.has(doc)) defined.set(doc, definedTags(doc));
      for (const [tag] of readFileSync(path.join(repoRoot, file), 'utf8').matchAll(TAG)) {
        // A letter names an item of the entry (R5.1b is item b of R5.1).
        if (!defined.get(doc)!.has(tag.replace(/[a-z]$/, ''))) unresolved.push(`${file}: ${tag} (${doc})`);
      }
    }
    expect(defined.get('eligibility.md')!.size).toBeGreaterThan(50);
    expect(unresolved).toEqual([]);
  });

  it('the tags the engine once left implicit are cited where they are implemented', () => {
    const engine = sourceFiles('src/core/eligibility')
      .filter((file) => !file.endsWith('.test.ts'))
      .map((file) => readFileSync(path.join(repoRoot, file), 'utf8'))
      .join('\n');
    for (const tag of ['R5.3', 'R7.1', 'R7.3', 'R11.2', 'R12.1'])
      expect(engine.match(new RegExp(`\\b${tag.replace('.', '\\.')}\\b`)), tag).not.toBeNull();
  });

  it('every IR… tag in src has an entry in identification-and-recruitment.md', () => {
    const text = readFileSync(path.join(rulesDir, 'identification-and-recruitment.md'), 'utf8');
    const defined = new Set([...text.matchAll(/^(?:#+ |\s*- \*\*)(IR\d+(?:\.\d+)*)\b/gm)].map((m) => m[1]));
    const unresolved = sourceFiles('src').flatMap((file) =>
      [...readFileSync(path.join(repoRoot, file), 'utf8').matchAll(/\bIR\d+(?:\.\d+)*\b/g)]
        .map(([tag]) => tag)
        .filter((tag) => !defined.has(tag))
        .map((tag) => `${file}: ${tag}`),
    );
    expect(defined.has('IR1.1')).toBe(true);
    expect(unresolved).toEqual([]);
  });

  it('every rules document names the source it comes from', () => {
    for (const doc of readdirSync(rulesDir).filter((file) => file.endsWith('.md') && file !== 'README.md'))
      expect(readFileSync(path.join(rulesDir, doc), 'utf8'), doc).toMatch(/^\*\*Comes from:\*\* /m);
  });
});
