import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppOptions } from '../../app';
import { getChildHistory, linkChildHistory } from '../../../usecases/children/child-history';
import { actorOf } from '../../policies/authenticate';
import { ErrorReply, IdParams, STANDARD_ERRORS } from '../../schemas';
import { ChildHistoryReply, LinkChildHistoryBody } from './child-history.schemas';

/** Imported qualification history and Ciclo's child: one child (docs/rules/identification-and-recruitment.md, IR4). */
export const childHistoryRoutes: FastifyPluginAsyncTypebox<AppOptions> = async (api, { db }) => {
  api.get(
    '/children/:id/history',
    {
      config: { access: 'child.read' },
      schema: {
        summary: 'A child’s imported qualification history',
        description:
          'The imported history the child is (matched by the state number at approval, or confirmed by a person), and the history students a person may confirm it is.',
        tags: ['children'],
        params: IdParams,
        response: { 200: ChildHistoryReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => getChildHistory({ db, actor: actorOf(request) }, request.params.id),
  );
  api.put(
    '/children/:id/history',
    {
      config: { access: 'child.write' },
      schema: {
        summary: 'Confirm which imported history a child is',
        description:
          'A person confirms the child is one of the candidate history students (or none, with null); the data packet then counts the child’s Ciclo COEs under that number. Audited; 409 when the version is stale or another child is that history.',
        tags: ['children'],
        params: IdParams,
        body: LinkChildHistoryBody,
        response: { 200: ChildHistoryReply, ...STANDARD_ERRORS, 409: ErrorReply },
      },
    },
    async (request) => linkChildHistory({ db, actor: actorOf(request) }, request.params.id, request.body),
  );
};
