/**
 * EPC verification of the plan's SSDP strategies (docs/rules/monitoring.md MN4): per
 * subgrantee (region), strategy, program year and term, the documentation the region saved and
 * the consultant's checklist and verification.
 */
import { DomainError } from '../common/domain-error';

/** The terms whose documentation is verified: summer services in September, fall in January, spring in July (MN4.1). */
export const EPC_TERMS = ['summer', 'fall', 'spring'] as const;
export type EpcTerm = (typeof EPC_TERMS)[number];

/** What the consultant expects to find for a strategy (MN4.2). */
export const EPC_CHECKLIST = [
  'service_description',
  'attendance',
  'pre_post_data',
  'participant_work',
] as const;
export type EpcChecklistItem = (typeof EPC_CHECKLIST)[number];

export const EPC_OUTCOMES = ['verified', 'needs_more'] as const;
export type EpcOutcome = (typeof EPC_OUTCOMES)[number];
export type EpcStatus = 'pending' | EpcOutcome;

export interface EpcLink {
  label: string;
  url: string;
}

/** Links must be http(s) addresses (MN4.1). */
export function checkLinks(links: readonly EpcLink[]): void {
  links.forEach((link, i) => {
    let url: URL | undefined;
    try {
      url = new URL(link.url);
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:'))
      throw DomainError.invalidField(`links[${i}].url`, 'is not a web address (https://…)');
  });
}

/**
 * Check a verification (MN4.3): a strategy is verified only when every item of the checklist
 * is found; "needs more" needs a comment saying what is missing.
 */
export function checkVerification(input: {
  outcome: EpcOutcome;
  checklist: readonly EpcChecklistItem[];
  comment: string;
}): void {
  if (input.outcome === 'verified' && EPC_CHECKLIST.some((item) => !input.checklist.includes(item)))
    throw DomainError.invalidField('checklist', 'every item must be found to verify the strategy');
  if (input.outcome === 'needs_more' && input.comment.trim() === '')
    throw DomainError.invalidField('comment', 'say what is missing');
}

/** Progress of a set of strategies: how many verified, need more, and wait (MN4.4). */
export function epcProgress(statuses: readonly EpcStatus[]): Record<EpcStatus, number> & { total: number } {
  const counts = { pending: 0, verified: 0, needs_more: 0, total: statuses.length };
  for (const status of statuses) counts[status] += 1;
  return counts;
}
