import { describe, expect, it } from 'vitest';
import { checkAim, checkCycle, checkMeeting, checkTraining } from '../improvement';
import { demoCohortRegions, demoNetwork } from './demo-improvement';

describe("the demo's learning network", () => {
  const today = '2026-12-05';
  const network = demoNetwork(today, 5);

  it('is a cohort of five teams in its Foundations year, the demo region first (seed 002)', () => {
    expect(demoCohortRegions(5)).toEqual([5, 1, 3, 9, 23]);
    expect(demoCohortRegions(3)).toEqual([3, 1, 9, 23]);
    expect(network.cohort).toMatchObject({ startYear: 2026, endYear: 2027 });
    const sessions = network.meetings.filter((m) => m.kind === 'session');
    const calls = network.meetings.filter((m) => m.kind === 'coaching');
    expect(sessions).toHaveLength(5);
    expect(sessions.every((m) => m.hours === 3 && m.teamRegion === null)).toBe(true);
    expect(calls).toHaveLength(5);
    expect(calls.every((m) => m.teamRegion === 5)).toBe(true);
    // Only meetings already held have attendance.
    expect(network.meetings.every((m) => m.heldOn < today === m.attendance.length > 0)).toBe(true);
  });

  it('lists the layered training of seed 003 in date order, all before today', () => {
    const days = network.trainings.map((tr) => tr.heldOn);
    expect(days).toEqual([...days].sort());
    expect(days.every((day) => day < today)).toBe(true);
    expect(network.trainings.map((tr) => tr.provider)).toEqual([
      'Region 5 MEP office',
      'CDE/WestEd',
      'Region 5 MEP office',
      'CDE/WestEd',
    ]);
  });

  it('passes the checks a team’s own records pass, with its cycles inside the chart', () => {
    for (const { teamRegion, ...meeting } of network.meetings)
      expect(() => checkMeeting({ ...meeting, teamId: teamRegion === null ? null : 'team' })).not.toThrow();
    for (const { forDemoRegion, ...training } of network.trainings)
      expect(() => checkTraining({ ...training, regionId: forDemoRegion ? 'region' : null })).not.toThrow();
    expect(checkAim(network.aim)).toMatchObject({ measureId: 'families-within-90-days', target: 60 });
    for (const { changeIdea, ...cycle } of network.cycles) {
      expect(() => checkCycle({ ...cycle, changeIdeaId: 'idea' })).not.toThrow();
      expect(network.changeIdeas[changeIdea]).toBeDefined();
      expect(cycle.startedOn >= network.aim.chartFrom && cycle.startedOn <= today).toBe(true);
    }
  });

  it('keeps a year under way whatever the day: in July the cohort starts that year', () => {
    const july = demoNetwork('2027-07-02', 5);
    expect(july.cohort.startYear).toBe(2027);
    expect(() => checkAim(july.aim)).not.toThrow();
  });
});
