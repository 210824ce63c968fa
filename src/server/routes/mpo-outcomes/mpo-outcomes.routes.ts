import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppOptions } from '../../app';
import { getMpoOutcomes } from '../../../usecases/mpo-outcomes/get-mpo-outcomes';
import { actorOf } from '../../policies/authenticate';
import { STANDARD_ERRORS } from '../../schemas';
import { MpoOutcomesQuery, MpoOutcomesReply } from './mpo-outcomes.schemas';

/** The MPO figures of a region or the state as results arrive. */
export const mpoOutcomeRoutes: FastifyPluginAsyncTypebox<AppOptions> = async (api, { db }) => {
  api.get(
    '/mpo-outcomes',
    {
      config: { access: 'report.read' },
      schema: {
        summary: 'MPO outcomes',
        description:
          "Each MPO of the adopted plan for a performance period (a region's, or the state's for state roles), optionally one term: its statement and rule, the counts from served to grew with the drop-off between them, the percentage against the target, and findings in plain words.",
        tags: ['services'],
        querystring: MpoOutcomesQuery,
        response: { 200: MpoOutcomesReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => getMpoOutcomes({ db, actor: actorOf(request) }, request.query),
  );
};
