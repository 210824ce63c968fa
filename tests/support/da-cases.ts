import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './eligibility-cases';

export const daCasesDir = path.join(repoRoot, 'tests/cases/da');

export interface DaCase {
  name: string;
  /** The case's input files by name (everything but expected.json and README.md). */
  files: Record<string, string>;
  expected: { year: number; rules: string; leas: Array<Record<string, unknown> & { leaId: string }> };
}

/** Every public case of the DA contract, in name order. */
export function daCases(): DaCase[] {
  return readdirSync(daCasesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const dir = path.join(daCasesDir, name);
      const files = Object.fromEntries(
        readdirSync(dir)
          .filter((file) => file.endsWith('.csv') || file === 'request.json')
          .map((file) => [file, readFileSync(path.join(dir, file), 'utf8')]),
      );
      return {
        name,
        files,
        expected: JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as DaCase['expected'],
      };
    });
}
