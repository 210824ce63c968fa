import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../../tests/support/eligibility-cases';

const run = promisify(execFile);

describe('ciclo calendar tasks', () => {
  it('prints both tables of the calendar as data, in the document’s order', async () => {
    const { stdout } = await run('node', ['bin/ciclo.mjs', 'calendar', 'tasks', '--json'], { cwd: repoRoot });
    const tasks = JSON.parse(stdout) as Array<{
      key: string;
      table: string;
      month: number;
      applicationYear: boolean;
      task: { en: string; es: string };
      subItems: unknown[];
      resources: unknown[];
      grantApplication: boolean;
    }>;
    expect(tasks).toHaveLength(81);
    expect(tasks.filter((task) => task.table === 'glance')).toHaveLength(40);
    expect(tasks[0]).toMatchObject({ key: 'glance-07-1', month: 7, subItems: [], resources: [] });
    expect(tasks[40]).toMatchObject({
      key: 'detail-07-1',
      task: { en: 'Update service code map as needed' },
      applicationYear: false,
    });
    expect(tasks.filter((task) => task.applicationYear).map((task) => task.month)).toEqual([
      1, 1, 1, 2, 2, 2, 3, 3, 4, 4, 5, 6, 6,
    ]);
  }, 60_000);
});
