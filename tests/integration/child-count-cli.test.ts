import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/data/migrate';
import { cicloOn } from '../support/ciclo-cli';
import { freshDatabases } from '../support/fresh-databases';
import { SERVICES_CASES, SERVICES_SAMPLE } from '../support/services-sample';

const scratch = mkdtempSync(path.join(tmpdir(), 'ciclo-child-count-cli-'));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe.each(freshDatabases('child_count_cli'))('ciclo report child-count on $name', (database) => {
  const period = ['report', 'child-count', '--period', '2024-25'];

  beforeAll(async () => {
    const handle = await database.open();
    await migrateToLatest(handle.db);
    await handle.close();
    expect((await cicloOn(database, ['import', 'services', SERVICES_SAMPLE])).status).toBe(0);
  }, 120_000);
  afterAll(() => database.drop());

  it('prints the contract’s JSON, the breakdown, a page of children and why one student counts', async () => {
    const json = await cicloOn(database, [...period, '--json']);
    expect(JSON.parse(json.stdout)).toEqual(
      JSON.parse(readFileSync(path.join(SERVICES_CASES, 'expected.child-count.2024-25.json'), 'utf8')),
    );
    const breakdown = await cicloOn(database, [...period, '--breakdown']);
    expect(breakdown.stdout).toMatch(/^total\s+281\s+88$/m);
    expect(breakdown.stdout).toMatch(/^AGE3TO5NOTK\s+\d+\s+\d+$/m);
    expect(breakdown.stdout).toMatch(/^region 5\s+\d+\s+\d+$/m);
    const list = await cicloOn(database, [...period, '--list', '--category', '2', '--limit', '2']);
    expect(list.stdout).toContain('Category 2 2024-25: state, 88 children');
    const student = list.stdout.trim().split('\n')[2]!.split(/\s+/)[0]!;
    const why = JSON.parse((await cicloOn(database, [...period, '--explain', student])).stdout);
    expect(why).toMatchObject({
      studentId: student,
      category1: { counts: true },
      category2: { counts: true },
    });
  }, 120_000);

  it('certifies, shows no differences after, and writes the EDFacts file', async () => {
    expect((await cicloOn(database, [...period, '--differences'])).stdout).toContain('never certified');
    expect((await cicloOn(database, [...period, '--certify'])).stdout).toMatch(
      /Certified .* by cli: 281 \/ 88/,
    );
    expect((await cicloOn(database, [...period, '--differences'])).stdout).toContain(
      'Category 1 +0 −0, Category 2 +0 −0',
    );
    const file = path.join(scratch, 'fs122.csv');
    const written = await cicloOn(database, [...period, '--edfacts', file, '--file', 'FS122']);
    expect(written.stdout).toContain(`FS122 of 2024-25 written to ${file}.`);
    expect(readFileSync(file, 'utf8').trimEnd().split('\r\n').at(-1)).toMatch(/,Y,[^,]*,88$/);
    const wrong = await cicloOn(database, [...period, '--edfacts', file, '--file', 'FS999']);
    expect(wrong.status).not.toBe(0);
    expect(wrong.stderr).toContain('--file');
  }, 120_000);
});
