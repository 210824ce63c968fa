/**
 * The demo's SDP development (docs/rules/plan-development.md): the pre-planning done, a goal and
 * needs charted, and a comment of the state Parent Advisory Council, so the pages show a plan
 * part way through its writing. The plan's strategies and MPOs are brought in by the loader.
 */
import type { CalendarDate } from '../common/calendar-date';
import { addDays } from '../common/calendar-date';
import type { SdpContent } from '../plan-development/sdp-development';

export const DEMO_SDP_NAME = 'SDP update (demo)';

/** The content of the demo development, its dates counted from `today`. */
export function demoSdpContent(today: CalendarDate): SdpContent {
  const done = (days: number, owner: string) => ({ dueOn: addDays(today, days), owner, done: true });
  const open = (days: number, owner: string) => ({ dueOn: addDays(today, days), owner, done: false });
  return {
    activities: {
      'pre-1.1': done(-90, 'State Director'),
      'pre-1.2': done(-80, 'State Director'),
      'pre-1.3': done(-70, 'State Director'),
      'pre-2.1': done(-60, 'Management Team'),
      'pre-2.2': done(-55, 'Management Team'),
      'pre-2.3': open(-10, 'Management Team'),
      'dev-1.1': open(20, 'SDP Planning Team'),
      'dev-2.1': open(60, 'SDP Planning Team'),
    },
    outcomes: [
      {
        id: 'demo-outcome-1',
        actionKey: 'pre-2',
        kind: 'team_list',
        title: 'SDP Planning Team (demo)',
        text: 'State Director; two region directors; a PAC parent representative; an evaluator (demo values)',
        link: null,
      },
    ],
    alignment: [
      {
        id: 'demo-goal-1',
        kind: 'goal',
        code: 'G1',
        text: 'Migratory students reach proficiency in English language arts (demo value)',
        interimMeasure: 'Three more points of students at or above standard each year (demo value)',
        links: [],
        planRef: null,
      },
      {
        id: 'demo-need-1',
        kind: 'need',
        code: 'N1',
        text: 'Most migratory students score below proficient in ELA (demo value)',
        interimMeasure: null,
        links: ['demo-goal-1'],
        planRef: null,
      },
      {
        id: 'demo-need-2',
        kind: 'need',
        code: 'N2',
        text: 'Few migratory preschool children attend preschool (demo value)',
        interimMeasure: null,
        links: ['demo-goal-1'],
        planRef: null,
      },
    ],
    checklist: { pac_consultation: { addressed: true, note: 'Demo value: PAC consulted on the draft' } },
  };
}
