import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cicloInScratch } from '../../../tests/support/ciclo-cli';
import { repoRoot } from '../../../tests/support/eligibility-cases';

describe('ciclo da import-dashboard', () => {
  it("imports the CDE's files of a year, prints what was read, runs the determination; refuses a bad file with status 2", async () => {
    const { ciclo, remove } = cicloInScratch('da-cde-cli');
    const dir = path.join(repoRoot, 'tests/cases/da-cde/2024');
    const files = readdirSync(dir)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => path.join(dir, name));
    try {
      await ciclo(['db', 'migrate']);
      const imported = await ciclo(['da', 'import-dashboard', ...files, '--year', '2024', '--run']);
      expect(imported.stderr).toBe('');
      expect(imported.status).toBe(0);
      expect(imported.stdout).toMatch(/^Upload [0-9a-f-]{36} \(Dashboard 2024, CA-2024\)$/m);
      expect(imported.stdout).toContain(
        'chronicdownload2024.txt: CHRONIC 2024 (by its columns and name, tab-delimited) · 1 rows, 1 LEA rows, 0 left out',
      );
      expect(imported.stdout).toContain('Student groups: HI, EL, LTEL');
      expect(imported.stdout).toContain('Left out of the CDE files: 1 school row, 1 not da group');
      expect(imported.stdout).toContain('LEAs: 2 (1 districts, 0 county offices, 1 charters) · years 2024');
      expect(imported.stdout).toMatch(/^Determination [0-9a-f-]{36}: 1 of 2 LEAs eligible .* in 2024$/m);

      const refused = await ciclo([
        'da',
        'import-dashboard',
        path.join(repoRoot, 'tests/cases/da-cde/README.md'),
      ]);
      expect(refused.status).toBe(2);
      expect(refused.stderr).toContain('README.md');
    } finally {
      remove();
    }
  }, 120_000);

  it("checks the decision against the CDE's list LEA by LEA, with the rows that explain a difference", async () => {
    const dir = path.join(repoRoot, 'tests/cases/da-cde/2024');
    const files = readdirSync(dir)
      .filter((name) => name.endsWith('download2024.txt'))
      .map((name) => path.join(dir, name));
    const { ciclo, remove } = cicloInScratch('da-cde-list');
    const { stdout } = await ciclo([
      'da',
      'check-cde-list',
      '--list',
      path.join(repoRoot, 'tests/cases/da-cde/lists/assistance-status2024.txt'),
      ...files,
    ]).finally(remove);
    expect(stdout).toContain("DA 2024 (CA-2024): 1 LEAs agree with the CDE's list, 1 differ");
    expect(stdout).toContain('30000000000001 Oak Valley Unified: agrees · Ciclo eligible (LTEL P4+P6)');
    expect(stdout).toContain(
      '30000000000111 Oak Valley Charter Academy: differs · Ciclo not eligible · CDE eligible (HI P4+P5, SWD P4+P5)',
    );
    expect(stdout).toContain(
      '  row: HI GRAD color RED status VERY_LOW change DECLINED_SIGNIFICANTLY n 90 (line 2)',
    );
  }, 60_000);
});
