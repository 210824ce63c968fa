import type { Static } from '@sinclair/typebox';
import type {
  SdpContent,
  SdpDevelopmentListReply,
  SdpDevelopmentReply,
} from '../../../server/routes/plan-development/plan-development.schemas';

export type SdpDevelopment = SdpDevelopmentReply;
export type SdpDevelopmentList = SdpDevelopmentListReply;
export type Content = Static<typeof SdpContent>;
export type AlignmentRecord = Content['alignment'][number];
export type Outcome = Content['outcomes'][number];

export const ALIGNMENT_KINDS = ['goal', 'need', 'strategy', 'mpo', 'measure'] as const;
export type AlignmentKind = (typeof ALIGNMENT_KINDS)[number];
export const LINKS_TO: Record<AlignmentKind, AlignmentKind | null> = {
  goal: null,
  need: 'goal',
  strategy: 'need',
  mpo: 'strategy',
  measure: 'mpo',
};
export const OUTCOME_KINDS = ['document', 'team_list', 'meeting_schedule', 'agenda', 'other'] as const;
export const STAKEHOLDER_GROUPS = [
  'pac',
  'parents',
  'local_agencies',
  'mep_staff',
  'planning_team',
  'partners',
  'other',
] as const;

/** A text in the user's language. */
export function inLanguage(text: { en: string; es: string }, language: string): string {
  return language === 'es' ? text.es : text.en;
}

/** A new id for a record of the chart or an outcome. */
export function newId(): string {
  return crypto.randomUUID();
}
