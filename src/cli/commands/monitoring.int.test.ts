import { describe, expect, it } from 'vitest';
import { cicloInScratch } from '../../../tests/support/ciclo-cli';
import { programYearOf } from '../../core/monitoring/application';
import { todayInState } from '../../usecases/clock';

describe('ciclo monitoring', () => {
  it('prints the demo region’s tracking log with its gaps, the EPC progress and the Data Close', async () => {
    const { ciclo, remove } = cicloInScratch('monitoring-cli');
    // The demo load runs on today's date: the current program year holds its applications.
    const year = programYearOf(todayInState());
    const start = Number(year.slice(0, 4));
    const lastYear = `${start - 1}-${String(start % 100).padStart(2, '0')}`;
    try {
      expect((await ciclo(['db', 'migrate'])).status).toBe(0);
      expect((await ciclo(['demo', 'load', '--children', '1000'])).status).toBe(0);

      const text = await ciclo(['monitoring', 'tracking-log', '--region', '5', '--year', year]);
      expect(text.status).toBe(0);
      expect(text.stdout).toContain(`SSDP Tracking Log — Region 5`);
      expect(text.stdout).toMatch(/^1\.1 +\[either\] .+\(line 1\)/m);
      expect(text.stdout).toContain('8.2: left out of every application of the region');

      const json = await ciclo(['monitoring', 'tracking-log', '--region', '5', '--year', year, '--json']);
      const log = JSON.parse(json.stdout) as {
        regionNumber: number;
        programYear: string;
        applications: Array<{ kind: string; status: string }>;
        problems: Array<{ kind: string; strategy: string }>;
      };
      expect(log).toMatchObject({ regionNumber: 5, programYear: year });
      expect(log.applications.map((a) => a.kind)).toEqual(['regional_application', 'dsa']);
      expect(log.problems).toContainEqual({ kind: 'missing_everywhere', strategy: '8.2', districtId: null });

      const epc = JSON.parse((await ciclo(['monitoring', 'epc-progress', '--json'])).stdout) as {
        programYear: string;
        term: string;
        regions: Array<{
          number: number;
          verified: number;
          needs_more: number;
          pending: number;
          total: number;
        }>;
      };
      expect(epc).toMatchObject({ programYear: year, term: 'summer' });
      expect(epc.regions).toHaveLength(20);
      const region5 = epc.regions.find((r) => r.number === 5)!;
      expect(region5).toMatchObject({ verified: 1, needs_more: 1 });
      expect(region5.pending).toBe(region5.total - 2);
      expect((await ciclo(['monitoring', 'epc-progress'])).stdout).toMatch(
        /Region +5 .+: 1 verified, 1 need more, \d+ waiting, of \d+/,
      );

      const close = JSON.parse(
        (await ciclo(['monitoring', 'data-close', '--year', lastYear, '--json'])).stdout,
      ) as { programYear: string; closed: boolean; regions: Array<{ number: number; total: number }> };
      expect(close).toMatchObject({ programYear: lastYear, closed: false });
      expect(close.regions).toHaveLength(20);
      expect(close.regions.find((r) => r.number === 5)!.total).toBeGreaterThan(0);
      const closeText = await ciclo(['monitoring', 'data-close', '--year', lastYear]);
      expect(closeText.stdout).toContain(`Data Close ${lastYear}: open`);
      expect(closeText.stdout).toMatch(/Region +5 .+: \d+ incomplete — /);

      const refused = await ciclo(['monitoring', 'tracking-log', '--region', '99', '--year', year]);
      expect(refused.status).toBe(2);
      expect(refused.stderr).toContain('--region: there is no region 99');
      const badYear = await ciclo(['monitoring', 'data-close', '--year', '2026']);
      expect(badYear.status).toBe(2);
      expect(badYear.stderr).toContain('--year: 2026 is not a program year such as 2026-27');
    } finally {
      remove();
    }
  }, 300_000);
});
