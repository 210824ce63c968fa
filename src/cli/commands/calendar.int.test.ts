import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { cicloInScratch } from '../../../tests/support/ciclo-cli';
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

  it('sets the application years and refuses to open a year of a region that does not exist', async () => {
    const { ciclo, remove } = cicloInScratch('calendar-cli');
    try {
      await ciclo(['db', 'migrate']);
      expect((await ciclo(['calendar', 'application-years', '--set', '2029,2026'])).stdout).toBe(
        'Application years: 2026–27, 2029–30\n',
      );
      expect((await ciclo(['calendar', 'application-years'])).stdout).toBe(
        'Application years: 2026–27, 2029–30\n',
      );
      const refused = await ciclo(['calendar', 'open-year', '--region', '99', '--year', '2026']);
      expect(refused.status).toBe(2);
      expect(refused.stderr).toContain('--region: there is no region 99');
    } finally {
      remove();
    }
  }, 120_000);
});
