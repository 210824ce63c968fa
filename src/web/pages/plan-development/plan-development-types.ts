/** The SDP development as the API returns it: the types of its schemas; its code lists come from the domain core. */
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

export { ALIGNMENT_KINDS, LINKS_TO, type AlignmentKind } from '../../../core/plan-development/alignment';
export { OUTCOME_KINDS, SDP_PHASES, STAKEHOLDER_GROUPS } from '../../../core/plan-development/sdp-codes';
export { inLanguage } from '../../../core/common/local-text';

/** A new id for a record of the chart or an outcome. */
export function newId(): string {
  return crypto.randomUUID();
}

/**
 * Unsaved outcomes with the file outcomes of a development as saved (PD1.6): a file removed
 * leaves, a file uploaded joins; the edits of the others are kept.
 */
export function withFileOutcomesOf(outcomes: readonly Outcome[], saved: Content): Outcome[] {
  const savedFiles = saved.outcomes.filter((outcome) => outcome.documentId);
  const stillThere = new Set(savedFiles.map((outcome) => outcome.documentId));
  const kept = outcomes.filter((outcome) => !outcome.documentId || stillThere.has(outcome.documentId));
  const present = new Set(kept.map((outcome) => outcome.documentId));
  return [...kept, ...savedFiles.filter((outcome) => !present.has(outcome.documentId))];
}
