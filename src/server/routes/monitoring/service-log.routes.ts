import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppOptions } from '../../app';
import { getServiceLog } from '../../../usecases/monitoring/service-log';
import { saveServiceLogEntry } from '../../../usecases/monitoring/save-service-log-entry';
import { actorOf } from '../../policies/authenticate';
import { ErrorReply, IdParams, STANDARD_ERRORS } from '../../schemas';
import {
  ServiceLogEntryBody,
  ServiceLogItemReply,
  ServiceLogQuery,
  ServiceLogReply,
} from './service-log.schemas';

/** The Service Implementation Monitoring Log (docs/rules/monitoring.md MN5). */
export const serviceLogRoutes: FastifyPluginAsyncTypebox<AppOptions> = async (api, { db }) => {
  const ctx = (request: Parameters<typeof actorOf>[0]) => ({ db, actor: actorOf(request) });
  const tags = ['monitoring'];

  api.get(
    '/monitoring/service-log',
    {
      config: { access: 'monitoring.read' },
      schema: {
        summary: 'The Service Implementation Monitoring Log of a month',
        description:
          "Every service of the region running in the month that you reach (district staff: your district's), with what the records say, Ciclo's suggestion for each of the four checks, the confirmed entry and whether it needs attention.",
        tags,
        querystring: ServiceLogQuery,
        response: { 200: ServiceLogReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => getServiceLog(ctx(request), request.query),
  );
  api.put(
    '/monitoring/service-log/:id',
    {
      config: { access: 'monitoring.manage' },
      schema: {
        summary: "Confirm or correct a service's monitoring checks for a month",
        description:
          'The four checks (met, not met, or left open), the adjustment after reviewing attendance and its status, and a note (required when a result corrects the records), at the version you read; audited.',
        tags,
        params: IdParams,
        body: ServiceLogEntryBody,
        response: { 200: ServiceLogItemReply, ...STANDARD_ERRORS, 409: ErrorReply },
      },
    },
    async (request) => {
      const { month, version, ...entry } = request.body;
      return saveServiceLogEntry(ctx(request), { serviceId: request.params.id, month, version, ...entry });
    },
  );
};
