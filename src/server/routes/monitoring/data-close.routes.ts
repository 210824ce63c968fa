import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppOptions } from '../../app';
import { closeProgramYear, reopenProgramYear } from '../../../usecases/monitoring/close-program-year';
import { getDataClose } from '../../../usecases/monitoring/data-close';
import { actorOf } from '../../policies/authenticate';
import { ErrorReply, STANDARD_ERRORS } from '../../schemas';
import { CloseYearBody, DataCloseQuery, DataCloseReply, ProgramYearParams } from './data-close.schemas';

/** The September Data Close (docs/rules/monitoring.md MN6). */
export const dataCloseRoutes: FastifyPluginAsyncTypebox<AppOptions> = async (api, { db }) => {
  const ctx = (request: Parameters<typeof actorOf>[0]) => ({ db, actor: actorOf(request) });
  const tags = ['monitoring'];

  api.get(
    '/monitoring/data-close',
    {
      config: { access: 'monitoring.read' },
      schema: {
        summary: "The Data Close checklist of a program year's incomplete records",
        description:
          'Services without actual dates, children without attendance or a pre/post test, and COEs not approved, of the program year (the one before today’s when left out), per region you reach, each naming the page where it is fixed; whether the year is closed.',
        tags,
        querystring: DataCloseQuery,
        response: { 200: DataCloseReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => getDataClose(ctx(request), request.query),
  );
  api.post(
    '/monitoring/data-close/:programYear/close',
    {
      config: { access: 'data_close.manage' },
      schema: {
        summary: 'Close a program year',
        description:
          'Its services, enrollments, attendance, test scores and COEs become read-only. State administrators only, once the year has ended; audited.',
        tags,
        params: ProgramYearParams,
        body: CloseYearBody,
        response: { 200: DataCloseReply, ...STANDARD_ERRORS, 409: ErrorReply },
      },
    },
    async (request) => closeProgramYear(ctx(request), request.params.programYear, request.body.reason),
  );
  api.post(
    '/monitoring/data-close/:programYear/reopen',
    {
      config: { access: 'data_close.manage' },
      schema: {
        summary: 'Reopen a closed program year',
        description: 'Its records can be changed again. State administrators only, with a reason; audited.',
        tags,
        params: ProgramYearParams,
        body: CloseYearBody,
        response: { 200: DataCloseReply, ...STANDARD_ERRORS, 409: ErrorReply },
      },
    },
    async (request) => reopenProgramYear(ctx(request), request.params.programYear, request.body.reason),
  );
};
