import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppOptions } from '../../app';
import { todayInState } from '../../../usecases/clock';
import { getRecruiterWorkload } from '../../../usecases/referrals/get-recruiter-workload';
import { actorOf } from '../../policies/authenticate';
import { STANDARD_ERRORS } from '../../schemas';
import { WorkloadQuery, WorkloadReply } from './workload.schemas';

/** The region's recruiters' queues and quotas, for those who assign referrals (docs/rules/identification-and-recruitment.md, WL1). */
export const recruiterWorkloadRoutes: FastifyPluginAsyncTypebox<AppOptions> = async (api, { db }) => {
  api.get(
    '/referrals/workload',
    {
      config: { access: 'referral.assign' },
      schema: {
        summary: "Each recruiter's queue and quota",
        description:
          "For each active recruiter of the region: open referrals, the month plan and today's pace, today's minimum and contacts, and the contacts of this week. Reads only.",
        tags: ['referrals'],
        querystring: WorkloadQuery,
        response: { 200: WorkloadReply, ...STANDARD_ERRORS },
      },
    },
    async (request) =>
      getRecruiterWorkload({ db, actor: actorOf(request) }, request.query.regionId, todayInState()),
  );
};
