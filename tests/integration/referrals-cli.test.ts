import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/data/db';

const run = promisify(execFile);
const folder = mkdtempSync(path.join(tmpdir(), 'ciclo-referrals-cli-'));
const dataDir = path.join(folder, 'data');
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function ciclo(args: string[]) {
  try {
    const { stdout, stderr } = await run('node', ['bin/ciclo.mjs', ...args], {
      env: { ...process.env, CICLO_DATA_DIR: dataDir, DATABASE_URL: '' },
    });
    return { status: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { status: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('ciclo import referrals', () => {
  it('imports a list through a mapping file, adds nothing twice, and names bad input', async () => {
    expect((await ciclo(['demo', 'load', '--children', '1000'])).status).toBe(0);
    const handle = await openDatabase({ dataDir });
    const district = await handle.db
      .selectFrom('districts')
      .innerJoin('regions', 'regions.id', 'districts.region_id')
      .select('districts.cds_code')
      .where('regions.number', '=', 3)
      .orderBy('cds_code')
      .executeTakeFirstOrThrow();
    await handle.close();

    const list = path.join(folder, 'list.csv');
    writeFileSync(
      list,
      'Nombre,Apellido,Nacimiento,Hisp\nRosa,Gómez,2014-02-10,Y\nJuan,Pérez,02/30/2014,N\nLuz,Díaz,2015-06-01,N\n',
    );
    const mapping = path.join(folder, 'mapping.json');
    writeFileSync(
      mapping,
      JSON.stringify({
        firstName: 'Nombre',
        lastSurname: 'Apellido',
        birthDate: 'Nacimiento',
        hispanic: 'Hisp',
      }),
    );

    const first = await ciclo([
      'import',
      'referrals',
      list,
      '--district',
      district.cds_code,
      '--mapping',
      mapping,
    ]);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('Read 3 rows: 2 added, 0 already listed');
    expect(first.stdout).toContain('skipped line 3, column Nacimiento: "02/30/2014" is not a date');
    // The mapping was saved for the district: the next import needs no mapping file.
    const again = await ciclo(['import', 'referrals', list, '--district', district.cds_code]);
    expect(again.stdout).toContain('Read 3 rows: 0 added, 2 already listed');

    const badMapping = path.join(folder, 'bad.json');
    writeFileSync(badMapping, JSON.stringify({ birthday: 'Nacimiento' }));
    const refused = await ciclo([
      'import',
      'referrals',
      list,
      '--district',
      district.cds_code,
      '--mapping',
      badMapping,
    ]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('--mapping birthday: is not a referral field');
    const noDistrict = await ciclo(['import', 'referrals', list, '--district', '0000000']);
    expect(noDistrict.status).toBe(2);
    expect(noDistrict.stderr).toContain('--district: no district with CDS code 0000000');
  }, 120_000);
});
