/**
 * `ciclo msix attach-record` and `ciclo msix import-records` (docs/rules/msix.md X11): a record
 * attached to the child named by student number, a file of several printed with its proposed
 * children, and `--confirm` attaching only the sure matches.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/data/migrate';
import { buildChild, buildRegion } from '../factories';
import { cicloOn } from '../support/ciclo-cli';
import { freshDatabases } from '../support/fresh-databases';

const ONE = 'tests/fixtures/msix/consolidated-record-one.json';
const SEVERAL = 'tests/fixtures/msix/consolidated-records-several.json';

describe.each(freshDatabases('msix_records_cli'))('ciclo msix records on $name', (database) => {
  let rosa: string;
  let tomas: string;
  let attached: () => Promise<{ student_number: string; msix_id: string }[]>;

  beforeAll(async () => {
    const handle = await database.open();
    await migrateToLatest(handle.db);
    const region = await buildRegion(handle.db);
    const child = (firstName: string, lastSurname: string, secondSurname: string, birthDate: string) =>
      buildChild(handle.db, { regionId: region.id, firstName, lastSurname, secondSurname, birthDate });
    rosa = (await child('Rosa', 'Hernández', 'Flores', '2015-04-12')).student_number;
    tomas = (await child('Tomás', 'Ruiz', 'Ruiz', '2012-07-03')).student_number;
    await handle.close();
    attached = async () => {
      const h = await database.open();
      try {
        return await h.db
          .selectFrom('msix_consolidated_records')
          .innerJoin('children', 'children.id', 'msix_consolidated_records.child_id')
          .select(['children.student_number', 'msix_consolidated_records.msix_id'])
          .where('detached_at', 'is', null)
          .orderBy('msix_consolidated_records.msix_id')
          .execute();
      } finally {
        await h.close();
      }
    };
  }, 120_000);
  afterAll(async () => {
    await database.drop();
  });

  it('attaches a record to the child named by student number', async () => {
    const result = await cicloOn(database, ['msix', 'attach-record', ONE, '--child', rosa]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`Attached the record of MSIX ID 100200300401 (TX, AZ) to ${rosa}`);
    const unknown = await cicloOn(database, ['msix', 'attach-record', ONE, '--child', 'NOPE']);
    expect(unknown.status).not.toBe(0);
    expect(unknown.stderr).toContain('--child');
    const several = await cicloOn(database, ['msix', 'attach-record', SEVERAL, '--child', tomas]);
    expect(several.status).not.toBe(0);
    expect(several.stderr).toContain('msixId');
  }, 240_000);

  it('prints the proposals, and attaches only the sure matches with --confirm', async () => {
    const printed = await cicloOn(database, ['msix', 'import-records', SEVERAL]);
    expect(printed.stderr).toBe('');
    expect(printed.status).toBe(0);
    expect(printed.stdout).toContain(
      `100200300401 Rosa Hernandez Flores 2015-04-12 (TX): sure match ${rosa}`,
    );
    // "Tomás Ruiz" in the file, "Tomás Ruiz Ruiz" in Ciclo: likely, not sure
    expect(printed.stdout).toContain('100200300402 Tomás Ruiz 2012-07-03 (WA): to confirm');
    expect(printed.stdout).toContain('100200300403 Nadie Conocido 2010-01-01 (OR): no likely child');
    expect(await attached()).toEqual([{ student_number: rosa, msix_id: '100200300401' }]);

    const confirmed = await cicloOn(database, ['msix', 'import-records', SEVERAL, '--confirm']);
    expect(confirmed.status).toBe(0);
    expect(confirmed.stdout).toContain(`: attached to ${rosa}`);
    expect(confirmed.stdout).toContain('to confirm');
    // the newer record of Rosa's MSIX ID replaced the one held; Tomás's waits for a person
    expect(await attached()).toEqual([{ student_number: rosa, msix_id: '100200300401' }]);
  }, 240_000);
});
