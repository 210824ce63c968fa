import type { MeetingKind, TeamMember, TrainingAudience } from '../../core/improvement';

export interface TeamRecord {
  id: string;
  cohortId: string;
  regionId: string;
  regionNumber: number;
  regionName: string;
  members: TeamMember[];
  version: number;
}

export interface CohortRecord {
  id: string;
  name: string;
  startYear: number;
  endYear: number;
  version: number;
  teams: TeamRecord[];
}

export interface MeetingRecord {
  id: string;
  cohortId: string;
  teamId: string | null;
  kind: MeetingKind;
  heldOn: string;
  hours: number | null;
  agenda: string;
  attendance: string[];
  notes: string;
  version: number;
}

export interface TrainingRecord {
  id: string;
  regionId: string | null;
  title: string;
  provider: string;
  heldOn: string;
  audience: TrainingAudience[];
  topic: string;
  newRecruitersOnly: boolean;
  version: number;
}

export interface NetworkView {
  cohorts: CohortRecord[];
  meetings: MeetingRecord[];
  trainings: TrainingRecord[];
  abilities: { manage: boolean };
}

/** The id and new version of a saved record. */
export interface SavedRecord {
  id: string;
  version: number;
}
