/** COEs as the API returns them: the types of its own schemas. */
import type { Static } from '@sinclair/typebox';
import type { Determination, Interview } from '../../../core/eligibility/interview-schema';
import type { CoeStatus } from '../../../core/recruitment/coe-workflow';
import type { CoeListReply, CoeReply } from '../../../server/routes/coes/coes.schemas';

export type { CoeStatus };

/**
 * A COE as GET /api/coes/:id returns it. The reply's schema leaves the interview and the
 * determination open (their own schemas validate them when they are saved); the page reads
 * them as the eligibility engine's types.
 */
export type CoeDetail = Omit<Static<typeof CoeReply>, 'interview' | 'determination'> & {
  interview: Interview;
  determination: Determination;
};

export type CoeListItem = Static<typeof CoeListReply>['items'][number];

export const STATUS_COLORS: Record<CoeStatus, string> = {
  draft: 'gray',
  submitted: 'blue',
  returned: 'yellow',
  approved: 'teal',
};
