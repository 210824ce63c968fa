import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { getMsixDeadlines } from '../../../usecases/exchange/get-msix-deadlines';
import type { AppOptions } from '../../app';
import { actorOf } from '../../policies/authenticate';
import { STANDARD_ERRORS } from '../../schemas';
import { MsixDeadlinesQuery, MsixDeadlinesReply } from './msix-deadlines.schemas';

/** The MSIX deadlines tracked per child (issue 21, docs/rules/msix.md X8). */
export const msixDeadlinesRoutes: FastifyPluginAsyncTypebox<AppOptions> = async (api, { db }) => {
  api.get(
    '/msix/deadlines',
    {
      config: { access: 'msix.read' },
      schema: {
        summary: 'The MSIX deadlines per child',
        description:
          'Each school enrollment, withdrawal and approved COE of the region’s (or the state’s) children with its due date in working days and whether an export sent it in time: overdue first, with the counts of overdue and due-soon deadlines.',
        tags: ['msix'],
        querystring: MsixDeadlinesQuery,
        response: { 200: MsixDeadlinesReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => getMsixDeadlines({ db, actor: actorOf(request) }, request.query),
  );
};
