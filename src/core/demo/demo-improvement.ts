/**
 * The demo's professional learning network (docs/rules/improvement.md IP3, IP4): a cohort in
 * its Foundations year with five teams, the year's sessions and coaching calls (seed 002), the
 * layered training of seed 003's Table 1, and the demo region's project on seed 002's Region 3
 * aim (families identified within 90 days of the QAD, from 36 to 60 percent), with two PDSA
 * cycles. Every date is counted from `today`, so the demo always shows a year under way.
 */
import { addDays, addMonths, dateParts, type CalendarDate } from '../common/calendar-date';
import { programYearOf } from '../calendar/program-year';
import type { AimInput, ChangeIdeaInput, CycleInput } from '../improvement/project';
import type { MeetingInput, TeamMember, TrainingInput } from '../improvement/network';
import { CHANGE_IDEA_TEMPLATES } from '../improvement/project';

/** The regions of the demo cohort: five subgrantees, the demo's own region first. */
export function demoCohortRegions(demoRegion: number): number[] {
  return [demoRegion, ...[1, 3, 9, 23].filter((n) => n !== demoRegion)].slice(0, 5);
}

export interface DemoNetwork {
  cohort: { name: string; startYear: number; endYear: number };
  members: (region: number) => TeamMember[];
  /** The year's meetings; a coaching call's `teamId` is the region number of its team. */
  meetings: Array<Omit<MeetingInput, 'teamId'> & { teamRegion: number | null }>;
  trainings: Array<Omit<TrainingInput, 'regionId'> & { forDemoRegion: boolean }>;
  aim: AimInput;
  changeIdeas: ChangeIdeaInput[];
  /** `changeIdeaId` is the index of its idea in `changeIdeas`. */
  cycles: Array<Omit<CycleInput, 'changeIdeaId'> & { changeIdea: number }>;
}

const SESSION_TOPICS = [
  'Foundations: the improvement cycle and the data packet',
  'Seeing the system: root causes and the driver diagram',
  'Aims and measures: the data analysis protocol',
  'Testing change ideas: PDSA cycles',
  'Learning from the run chart; the team profile',
];

/** Seed 003, Table 1: the layered training of the SQM, months before the last one. */
const TRAININGS = [
  {
    title: 'New Recruiters Training (with the SQM)',
    provider: 'region',
    monthsAgo: 12,
    both: true,
    newOnly: true,
  },
  {
    title: 'State Training: New Recruiters',
    provider: 'CDE/WestEd',
    monthsAgo: 9,
    both: true,
    newOnly: true,
  },
  {
    title: 'I&R Training Session: Subsequent Moves',
    provider: 'region',
    monthsAgo: 5,
    both: false,
    newOnly: false,
  },
  {
    title: 'State Training: New Recruiters Session',
    provider: 'CDE/WestEd',
    monthsAgo: 1,
    both: false,
    newOnly: true,
  },
] as const;

/** The first day of the month holding `day`. */
function monthStart(day: CalendarDate): CalendarDate {
  const { year, month } = dateParts(day);
  return `${year}-${String(month).padStart(2, '0')}-01`;
}

export function demoNetwork(today: CalendarDate, demoRegion: number): DemoNetwork {
  const startYear = programYearOf(today);
  // Year 1 (Foundations): five 3-hour sessions and five coaching calls, every other month from
  // September; the demo team's call two weeks after each session (IP3.3).
  const meetings: DemoNetwork['meetings'] = SESSION_TOPICS.flatMap((topic, i) => {
    const session = addDays(addMonths(`${startYear}-09-01`, 2 * i), 14);
    const held = session < today;
    return [
      {
        kind: 'session' as const,
        teamRegion: null,
        heldOn: session,
        hours: 3,
        agenda: topic,
        attendance: held ? ['Rosa Díaz', 'Miguel Torres', 'Ana Castillo'] : [],
        notes: held ? 'Demo value: teams shared their run charts.' : '',
      },
      {
        kind: 'coaching' as const,
        teamRegion: demoRegion,
        heldOn: addDays(session, 14),
        hours: 1,
        agenda: `Coaching call ${i + 1}`,
        attendance: addDays(session, 14) < today ? ['Rosa Díaz', 'Miguel Torres'] : [],
        notes: '',
      },
    ];
  });
  const trainings = TRAININGS.map((training) => ({
    title: training.title,
    provider: training.provider === 'region' ? `Region ${demoRegion} MEP office` : training.provider,
    heldOn: addDays(monthStart(addMonths(today, -training.monthsAgo)), 9),
    audience: training.both
      ? (['region_recruiters', 'district_recruiters'] as const).slice()
      : (['region_recruiters'] as const).slice(),
    topic: 'The subsequent qualifying move (SQM), with practice scenarios',
    newRecruitersOnly: training.newOnly,
    forDemoRegion: training.provider === 'region',
  }));
  const chartFrom = monthStart(addMonths(today, -12));
  return {
    cohort: {
      name: `PLN cohort ${startYear}–${String(startYear + 1).slice(2)} (demo)`,
      startYear,
      endYear: startYear + 1,
    },
    members: (region) => [
      { name: region === demoRegion ? 'Rosa Díaz' : `Region ${region} director`, title: 'Region director' },
      {
        name: region === demoRegion ? 'Miguel Torres' : `Region ${region} I&R manager`,
        title: 'I&R manager',
      },
      {
        name: region === demoRegion ? 'Ana Castillo' : `Region ${region} data specialist`,
        title: 'Data specialist',
      },
    ],
    meetings,
    trainings,
    aim: {
      measureId: 'families-within-90-days',
      what: 'Families identified within 90 days of the QAD',
      forWhom: 'Families the region recruits this program year',
      target: 60,
      by: `${startYear + 1}-06-30`,
      baselineValue: 36,
      chartFrom,
      baselinePeriods: 6,
    },
    changeIdeas: [CHANGE_IDEA_TEMPLATES[1]!, CHANGE_IDEA_TEMPLATES[2]!],
    cycles: [
      {
        changeIdea: 0,
        startedOn: addDays(today, -120),
        plan: 'Rank the new enrollee form’s contacts by the prioritization rules for two recruiters.',
        prediction: 'More families contacted within 90 days of their QAD.',
        doNotes: 'Both recruiters worked the ranked list for four weeks.',
        study: 'Contacts within 90 days rose for both recruiters, as predicted.',
        act: 'adopt',
      },
      {
        changeIdea: 1,
        startedOn: addDays(today, -20),
        plan: 'Show each recruiter the minimum contacts for the day.',
        prediction: 'Every recruiter makes the day’s minimum on four days of five.',
        doNotes: '',
        study: '',
        act: null,
      },
    ],
  };
}
