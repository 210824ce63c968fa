import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const eligibilityCasesDir = path.join(repoRoot, 'tests/cases/eligibility');

export interface EligibilityCase {
  file: string;
  path: string;
  input: unknown;
  expected: { children: Array<Record<string, unknown>> };
}

/** The contract's public eligibility cases, by file name. */
export function eligibilityCases(): EligibilityCase[] {
  return readdirSync(eligibilityCasesDir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const casePath = path.join(eligibilityCasesDir, file);
      const { input, expected } = JSON.parse(readFileSync(casePath, 'utf8'));
      return { file, path: casePath, input, expected };
    });
}

/** The contract's comparison: every expected field equal, `reasons` as a set, `trace` ignored. */
export function expectDeterminationMatches(
  actual: { children: Array<Record<string, unknown>> },
  expected: EligibilityCase['expected'],
): void {
  expect(actual.children.map((child) => child.child)).toEqual(expected.children.map((child) => child.child));
  expected.children.forEach((wanted, i) => {
    const got = actual.children[i]!;
    for (const [field, value] of Object.entries(wanted)) {
      if (field === 'trace') continue;
      if (field === 'reasons')
        expect([...(got.reasons as string[])].sort(), `${String(wanted.child)}.reasons`).toEqual(
          [...(value as string[])].sort(),
        );
      else expect(got[field], `${String(wanted.child)}.${field}`).toEqual(value);
    }
  });
}
