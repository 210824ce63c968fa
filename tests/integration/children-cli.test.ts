import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/data/migrate';
import { buildChild, buildDistrict, buildRegion } from '../factories';
import { cicloOn } from '../support/ciclo-cli';
import { freshDatabases } from '../support/fresh-databases';

describe.each(freshDatabases('children_cli'))('ciclo children on $name', (database) => {
  let regionNumber: number;
  let kept: { id: string };
  let merged: { id: string };
  let enrollmentId: string;

  beforeAll(async () => {
    const handle = await database.open();
    await migrateToLatest(handle.db);
    const region = await buildRegion(handle.db);
    const district = await buildDistrict(handle.db, region.id);
    regionNumber = region.number;
    kept = await buildChild(handle.db, { regionId: region.id, firstName: 'Rosa', lastSurname: 'Duplicada' });
    merged = await buildChild(handle.db, {
      regionId: region.id,
      districtId: district.id,
      firstName: 'ROSA',
      lastSurname: 'Duplicada',
    });
    const enrollment = await handle.db
      .selectFrom('enrollments')
      .select('id')
      .where('child_id', '=', merged.id)
      .executeTakeFirstOrThrow();
    enrollmentId = enrollment.id;
    await handle.close();
  }, 120_000);
  afterAll(() => database.drop());

  it('lists the pairs, merges, undoes the merge, and splits a record to a new child', async () => {
    const matches = await cicloOn(database, ['children', 'matches', '--region', String(regionNumber)]);
    expect(matches.status, matches.stderr).toBe(0);
    expect(matches.stdout).toContain('1 pair(s) (likely matches from a score of 70)');
    expect(matches.stdout).toContain('same-birth-date');

    const merge = await cicloOn(database, ['children', 'merge', kept.id, merged.id]);
    expect(merge.status, merge.stderr).toBe(0);
    expect(merge.stdout).toContain('  enrollments: 1 row(s)');
    const operationId = /\(operation ([0-9a-f-]{36})\)/.exec(merge.stdout)![1]!;
    expect((await cicloOn(database, ['children', 'matches'])).stdout).toContain('0 pair(s)');

    const undo = await cicloOn(database, ['children', 'undo', operationId]);
    expect(undo.status, undo.stderr).toBe(0);
    expect(undo.stdout).toContain(`Undone: merge ${operationId}`);

    const split = await cicloOn(database, [
      'children',
      'split',
      merged.id,
      '--record',
      `enrollments:${enrollmentId}`,
      '--first-name',
      'Rita',
    ]);
    expect(split.status, split.stderr).toBe(0);
    expect(split.stdout).toMatch(/Split records of \S+ ROSA Duplicada to \S+ Rita Duplicada/);

    const threshold = await cicloOn(database, ['children', 'match-threshold', '95']);
    expect(threshold.stdout).toContain('from a score of 95');
    expect((await cicloOn(database, ['children', 'match-threshold', '0'])).status).not.toBe(0);
    // Nine runs of the command line, each a process of its own: a minute on a loaded machine.
  }, 180_000);
});
