import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readOutcomeFile } from '../../src/core/exchange/move-notice';
import { migrateToLatest } from '../../src/data/migrate';
import { buildDistrict, buildRegion, buildSchool } from '../factories';
import { cicloOn } from '../support/ciclo-cli';
import { freshDatabases } from '../support/fresh-databases';

/** `ciclo msix import-move-notices` and `ciclo msix move-notice-outcomes` (docs/rules/msix.md X10). */
describe.each(freshDatabases('msix_move_notices_cli'))('ciclo msix move notices on $name', (database) => {
  const fixture = path.join(
    path.dirname(new URL(import.meta.url).pathname),
    '../fixtures/msix/move-notices.csv',
  );
  const folder = mkdtempSync(path.join(tmpdir(), 'ciclo-move-notices-cli-'));
  let regionA: { id: string; number: number };
  let regionB: { id: string; number: number };

  beforeAll(async () => {
    const handle = await database.open();
    await migrateToLatest(handle.db);
    regionA = await buildRegion(handle.db);
    regionB = await buildRegion(handle.db);
    const salinas = await buildSchool(handle.db, (await buildDistrict(handle.db, regionA.id)).id);
    const watsonville = await buildSchool(handle.db, (await buildDistrict(handle.db, regionB.id)).id);
    await handle.db
      .updateTable('schools')
      .set({ city: 'Salinas', zip: '93901' })
      .where('id', '=', salinas.id)
      .execute();
    await handle.db
      .updateTable('schools')
      .set({ city: 'Watsonville' })
      .where('id', '=', watsonville.id)
      .execute();
    await handle.close();
  }, 120_000);
  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await database.drop();
  });

  it('imports each notice into the region of its destination, and a second time nothing', async () => {
    const first = await cicloOn(database, ['msix', 'import-move-notices', fixture]);
    // nothing on stderr but how far the import is
    expect(first.stderr).toBe('Imported 2 of 2 notices\n');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain(
      '2 notice(s) in 3 row(s): 2 imported, 0 imported before, 0 row(s) with problems',
    );
    const again = await cicloOn(database, [
      'msix',
      'import-move-notices',
      fixture,
      '--region',
      String(regionA.number),
    ]);
    expect(again.stdout).toContain('2 imported before');
    const handle = await database.open();
    const rows = await handle.db
      .selectFrom('msix_move_notices')
      .select(['notice_id', 'region_id'])
      .orderBy('notice_id')
      .execute();
    expect(rows).toEqual([
      { notice_id: 'MN-2026-000101', region_id: regionA.id },
      { notice_id: 'MN-2026-000102', region_id: regionB.id },
    ]);
    await handle.db
      .updateTable('msix_move_notices')
      .set({ outcome: 'not-found', outcome_on: '2026-12-01' })
      .where('notice_id', '=', 'MN-2026-000101')
      .execute();
    await handle.close();
  }, 240_000);

  it('writes the answers not yet sent, once', async () => {
    const out = path.join(folder, 'answers.csv');
    const result = await cicloOn(database, ['msix', 'move-notice-outcomes', '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('1 answer(s) in 2 row(s)');
    expect(readOutcomeFile('answers.csv', readFileSync(out, 'utf8'))).toEqual([
      {
        noticeId: 'MN-2026-000101',
        msixIds: ['100000000011', '100000000012'],
        outcome: 'not-found',
        outcomeOn: '2026-12-01',
        movedToCity: null,
        movedToState: null,
      },
    ]);
    const second = await cicloOn(database, ['msix', 'move-notice-outcomes', '--out', out]);
    expect(second.stdout).toContain('0 answer(s) in 0 row(s)');
  }, 240_000);
});
