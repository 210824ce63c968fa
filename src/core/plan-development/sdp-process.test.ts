import { describe, expect, it } from 'vitest';
import { SDP_ACTIONS } from './sdp-process';

describe('the SDP process of seed 001 as data (PD1.1)', () => {
  it('has the source’s phases and actions, each with its activities, outcomes and personnel', () => {
    expect(SDP_ACTIONS.map((a) => [a.key, a.phase, a.activities.length, a.outcomes.length])).toEqual([
      ['pre-1', 'pre_planning', 3, 2],
      ['pre-2', 'pre_planning', 4, 3],
      ['dev-1', 'development', 4, 2],
      ['dev-2', 'development', 3, 2],
      ['dev-3', 'development', 1, 1],
      ['dev-4', 'development', 1, 4],
      ['dev-5', 'development', 3, 4],
      ['dis-1', 'dissemination', 1, 1],
      ['dis-2', 'dissemination', 2, 1],
    ]);
    expect(SDP_ACTIONS[0]!.personnel.en).toBe('State Director');
    for (const action of SDP_ACTIONS)
      for (const text of [
        action.name,
        action.personnel,
        ...action.outcomes,
        ...action.activities.map((a) => a.text),
      ])
        expect(text.es.length).toBeGreaterThan(0);
  });
});
