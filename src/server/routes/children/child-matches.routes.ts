import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppOptions } from '../../app';
import { findLikelyMatches } from '../../../usecases/children/find-likely-matches';
import { actorOf } from '../../policies/authenticate';
import { STANDARD_ERRORS } from '../../schemas';
import { LikelyMatchesQuery, LikelyMatchesReply } from './children.schemas';

/** The duplicate check: children Ciclo already knows who are likely the child being entered. */
export const childMatchesRoutes: FastifyPluginAsyncTypebox<AppOptions> = async (api, { db }) => {
  api.get(
    '/children/likely-matches',
    {
      config: { access: 'child.read' },
      schema: {
        summary: 'Likely matches of a child being entered',
        description:
          'Children in your scope who are likely the child described, best first (at most 10): accents, capitals, hyphens, swapped surnames, a double surname in one or two parts and a birth date with day and month swapped are tolerated; each match says why.',
        tags: ['children'],
        querystring: LikelyMatchesQuery,
        response: { 200: LikelyMatchesReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => findLikelyMatches({ db, actor: actorOf(request) }, request.query),
  );
};
