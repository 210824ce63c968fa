import { describe, expect, it } from 'vitest';
import { californiaRuleSets } from '../accountability/california-rule-sets';
import { readCdeDashboardFiles } from '../accountability/cde-dashboard-files';
import { evaluateDifferentiatedAssistance } from '../accountability/evaluate-da';
import { DEMO_DASHBOARD_YEAR, demoDashboardFiles } from './demo-dashboard';

const districts = Array.from({ length: 8 }, (_, i) => ({
  cdsCode: `1962${String(100 + i).padStart(3, '0')}`,
  name: `Demo District ${i}`,
  county: 'Los Angeles',
}));

describe('the demo Dashboard year', () => {
  it("is read as the CDE's files and makes every fourth district eligible through students with disabilities", () => {
    const files = demoDashboardFiles(districts, 7);
    expect(files).toEqual(demoDashboardFiles(districts, 7));
    const { data, report } = readCdeDashboardFiles(files);
    expect(report.files.map((f) => f.indicator)).toEqual(['ELA', 'MATH', 'CHRONIC']);
    expect(report.leas).toBe(8);
    const decision = evaluateDifferentiatedAssistance(
      { year: DEMO_DASHBOARD_YEAR },
      data,
      californiaRuleSets(),
    );
    expect(decision.leas.filter((l) => l.eligible).map((l) => l.leaId)).toEqual([
      '19621000000000',
      '19621040000000',
    ]);
    expect(decision.leas[0]!.groups).toEqual([{ group: 'SWD', priorities: ['P4', 'P5'] }]);
  });
});
