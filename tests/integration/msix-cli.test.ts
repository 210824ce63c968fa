import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/data/migrate';
import { buildChild, buildRegion } from '../factories';
import { cicloOn } from '../support/ciclo-cli';
import { freshDatabases } from '../support/fresh-databases';

describe.each(freshDatabases('msix_cli'))('ciclo msix on $name', (database) => {
  let regionNumber: number;
  let studentNumber: string;
  const folder = mkdtempSync(path.join(tmpdir(), 'ciclo-msix-cli-'));

  beforeAll(async () => {
    const handle = await database.open();
    await migrateToLatest(handle.db);
    const region = await buildRegion(handle.db);
    regionNumber = region.number;
    // No COE yet: the record lacks its qualifying move.
    studentNumber = (await buildChild(handle.db, { regionId: region.id, firstName: 'Rosa' })).student_number;
    await handle.close();
  }, 120_000);
  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await database.drop();
  });

  it('prints the problems of a region’s records and exits with 1', async () => {
    const result = await cicloOn(database, ['msix', 'validate', '--region', String(regionNumber)]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('1 children, 0 ready to send, 1 with problems');
    expect(result.stdout).toContain('20 Qualifying Arrival Date: 1 problem(s), 1 child(ren)');
    expect(result.stdout).toContain(`${studentNumber} Rosa Hernández Ruiz`);
    const unknown = await cicloOn(database, ['msix', 'validate', '--region', '999999999999']);
    expect(unknown.status).not.toBe(0);
    expect(unknown.stderr).toContain('--region');
  });

  it('exports as the state administrator, holding back the record with problems', async () => {
    const out = path.join(folder, 'changes.csv');
    const result = await cicloOn(database, ['msix', 'export', '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('0 inserted, 0 updated, 0 deleted, 1 held back');
    expect(result.stdout).toContain(`held back: ${studentNumber} Rosa Hernández Ruiz`);
    expect(readFileSync(out, 'utf8')).toContain('Action,Child Key,1 MSIX Identification Number');
  });
});
