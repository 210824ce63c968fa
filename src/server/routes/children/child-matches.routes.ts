import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppOptions } from '../../app';
import { MATCH_REASONS } from '../../../core/children/likely-matches';
import { MAX_NAME_LENGTH } from '../../../core/children/child-rules';
import { findLikelyMatches } from '../../../usecases/children/find-likely-matches';
import { actorOf } from '../../policies/authenticate';
import { CalendarDateSchema, STANDARD_ERRORS } from '../../schemas';
import { ChildSummary } from './children.schemas';

const LikelyMatchesQuery = Type.Object({
  firstName: Type.String({ minLength: 1, maxLength: MAX_NAME_LENGTH, description: 'First name as entered' }),
  lastSurname: Type.String({
    minLength: 1,
    maxLength: MAX_NAME_LENGTH,
    description: 'First (paternal) surname as entered',
  }),
  secondSurname: Type.Optional(
    Type.String({ maxLength: MAX_NAME_LENGTH, description: 'Second (maternal) surname as entered' }),
  ),
  birthDate: CalendarDateSchema('Birth date as entered'),
});

const Reason = Type.Union(
  MATCH_REASONS.map((r) => Type.Literal(r)),
  { description: 'Why this child matches' },
);

const LikelyMatchesReply = Type.Object({
  items: Type.Array(
    Type.Intersect([
      ChildSummary,
      Type.Object({
        score: Type.Integer({
          minimum: 0,
          maximum: 100,
          description: 'How alike (100 = same name and birth date as written)',
        }),
        reasons: Type.Array(Reason),
      }),
    ]),
  ),
});

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
