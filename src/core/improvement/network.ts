/**
 * The professional learning network (IP3): cohorts, teams, meetings and the training log, as
 * pure checks of what a person enters.
 */
import { DomainError } from '../common/domain-error';

export const MEETING_KINDS = ['session', 'coaching'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const TRAINING_AUDIENCES = [
  'region_recruiters',
  'district_recruiters',
  'managers',
  'data_staff',
] as const;
export type TrainingAudience = (typeof TRAINING_AUDIENCES)[number];

export interface CohortInput {
  name: string;
  startYear: number;
  endYear: number;
}

export interface TeamMember {
  name: string;
  title: string;
}

export interface MeetingInput {
  kind: MeetingKind;
  teamId: string | null;
  heldOn: string;
  hours: number | null;
  agenda: string;
  attendance: string[];
  notes: string;
}

export interface TrainingInput {
  regionId: string | null;
  title: string;
  provider: string;
  heldOn: string;
  audience: TrainingAudience[];
  topic: string;
  newRecruitersOnly: boolean;
}

/** IP3.1: a cohort has a name and spans one to three program years. */
export function checkCohort(input: CohortInput): CohortInput {
  const name = input.name.trim();
  if (name === '') throw DomainError.invalidField('name', 'is required');
  if (input.endYear < input.startYear) throw DomainError.invalidField('endYear', 'is before startYear');
  if (input.endYear > input.startYear + 3)
    throw DomainError.invalidField('endYear', 'a cohort spans at most three program years');
  return { ...input, name };
}

/** IP3.2: a team's members, each named once (names trimmed, blanks refused). */
export function checkMembers(members: readonly TeamMember[]): TeamMember[] {
  const seen = new Set<string>();
  return members.map((member, index) => {
    const name = member.name.trim();
    if (name === '') throw DomainError.invalidField(`members[${index}].name`, 'is required');
    if (seen.has(name.toLowerCase()))
      throw DomainError.invalidField(`members[${index}].name`, `${name} is listed twice`);
    seen.add(name.toLowerCase());
    return { name, title: member.title.trim() };
  });
}

/** IP3.3: a session is the cohort's; a coaching call is one team's and names it. */
export function checkMeeting(input: MeetingInput): MeetingInput {
  if (input.kind === 'coaching' && input.teamId === null)
    throw DomainError.invalidField('teamId', 'a coaching call is with one team');
  if (input.kind === 'session' && input.teamId !== null)
    throw DomainError.invalidField('teamId', 'a session is for the whole cohort');
  const attendance = [...new Set(input.attendance.map((name) => name.trim()).filter((name) => name !== ''))];
  return { ...input, attendance, agenda: input.agenda.trim(), notes: input.notes.trim() };
}

/** IP3.4: a training names its title, provider, date and at least one audience. */
export function checkTraining(input: TrainingInput): TrainingInput {
  const title = input.title.trim();
  const provider = input.provider.trim();
  if (title === '') throw DomainError.invalidField('title', 'is required');
  if (provider === '') throw DomainError.invalidField('provider', 'is required');
  if (input.audience.length === 0) throw DomainError.invalidField('audience', 'name at least one audience');
  return { ...input, title, provider, topic: input.topic.trim(), audience: [...new Set(input.audience)] };
}
