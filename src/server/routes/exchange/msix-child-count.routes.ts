import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { getMsixChildCountPreview } from '../../../usecases/exchange/get-msix-child-count-preview';
import type { AppOptions } from '../../app';
import { actorOf } from '../../policies/authenticate';
import { STANDARD_ERRORS } from '../../schemas';
import { MsixChildCountPreviewQuery, MsixChildCountPreviewReply } from './msix-child-count.schemas';

/** The child counts as MSIX will compute them, reconciled with Ciclo's (issue 21, docs/rules/msix.md X9). */
export const msixChildCountRoutes: FastifyPluginAsyncTypebox<AppOptions> = async (api, { db }) => {
  api.get(
    '/msix/child-count-preview',
    {
      config: { access: 'msix.read' },
      schema: {
        summary: 'The child counts as MSIX will compute them',
        description:
          'Category 1 and Category 2 of a performance period as MSIX will count them from the records the last export sent, beside Ciclo’s own counts of the same children (the region’s, or the state’s for state roles), and a page of the children counted by one side only, each with the reason.',
        tags: ['msix'],
        querystring: MsixChildCountPreviewQuery,
        response: { 200: MsixChildCountPreviewReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => {
      const reply = await getMsixChildCountPreview({ db, actor: actorOf(request) }, request.query);
      return reply;
    },
  );
};
