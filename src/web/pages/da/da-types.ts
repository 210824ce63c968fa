/** The DA API's replies as the pages use them: the types of its own schemas. */
import type { Static } from '@sinclair/typebox';
import { STUDENT_GROUPS } from '../../../core/accountability/da-codes';
import type {
  AssistanceListReply,
  AssistanceReply,
  CdeListCheckReply,
  DaImportReply,
  DeterminationReply,
  DeterminationResultsReply,
  LeaReply,
  RuleSetListReply,
} from '../../../server/routes/da/da.schemas';

export { LEA_TYPES } from '../../../core/accountability/da-codes';
export { ASSISTANCE_KINDS, ROOT_CAUSE_THEMES } from '../../../core/accountability/da-assistance';
/** The student groups a result can name: every Dashboard group but ALL. */
export const DA_GROUPS = STUDENT_GROUPS.filter((group) => group !== 'ALL');
export const STATUSES = ['eligible', 'not_eligible', 'intensive'] as const;

export type DaImport = Static<typeof DaImportReply>;
export type Determination = Static<typeof DeterminationReply>;
export type DeterminationResults = Static<typeof DeterminationResultsReply>;
export type DaLeaRow = DeterminationResults['items'][number];
export type DaLeaPage = Static<typeof LeaReply>;
export type AreaCause = DaLeaPage['record']['localCauses'][number];
export type CitedRow = AreaCause['rows'][number];
export type Assistance = Static<typeof AssistanceReply>;
export type AssistanceList = Static<typeof AssistanceListReply>;
/** GET and PUT /api/da/rule-sets: the rule sets in force. */
export type RuleSetList = Static<typeof RuleSetListReply>;

/**
 * The version read of each rule set about to be saved, by id, as PUT /api/da/rule-sets asks:
 * the version listed, 0 for an id not listed or not stored (a new set, California's as shipped).
 */
export function versionsRead(listed: RuleSetList['items'], definition: unknown): Record<string, number> {
  const sets = Array.isArray(definition) ? (definition as unknown[]) : [definition];
  const versions: Record<string, number> = {};
  for (const set of sets) {
    const id = (set as { id?: unknown } | null)?.id;
    if (typeof id === 'string') versions[id] = listed.find((listing) => listing.id === id)?.version ?? 0;
  }
  return versions;
}

/** eligible / not eligible / intensive intervention, as one word for badges and filters. */
export function statusOf(lea: { eligible: boolean; intensive: boolean }): (typeof STATUSES)[number] {
  return lea.intensive ? 'intensive' : lea.eligible ? 'eligible' : 'not_eligible';
}

// Dark enough for white badge text at 4.5:1 (WCAG AA); Mantine's orange.9 is 4.3:1.
export const STATUS_COLORS: Record<(typeof STATUSES)[number], string> = {
  eligible: '#a84300',
  not_eligible: 'gray.7',
  intensive: 'red.9',
};
export type CdeListCheck = Static<typeof CdeListCheckReply>;
