import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppOptions } from '../../app';
import { getMasterCalendar } from '../../../usecases/monitoring/get-master-calendar';
import { actorOf } from '../../policies/authenticate';
import { STANDARD_ERRORS } from '../../schemas';
import { MasterCalendarQuery, MasterCalendarReply } from './master-calendar.schemas';

/** The master calendar of services (docs/rules/monitoring.md MN7). */
export const masterCalendarRoutes: FastifyPluginAsyncTypebox<AppOptions> = async (api, { db }) => {
  const ctx = (request: Parameters<typeof actorOf>[0]) => ({ db, actor: actorOf(request) });
  api.get(
    '/monitoring/master-calendar',
    {
      config: { access: 'monitoring.read' },
      schema: {
        summary: 'The master calendar of services',
        description:
          "The start dates of a program year's services of the region and its districts, month by month from July to June (the coming year by default); district staff see their district's services.",
        tags: ['monitoring'],
        querystring: MasterCalendarQuery,
        response: { 200: MasterCalendarReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => getMasterCalendar(ctx(request), request.query),
  );
};
