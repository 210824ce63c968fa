import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { certifyChildCounts } from '../../../usecases/child-counts/certify-child-counts';
import { explainChildCountOf } from '../../../usecases/child-counts/explain-child-count';
import {
  exportChildCountDifferences,
  exportChildCountFigures,
  exportCountedChildren,
  exportEdfactsFile,
} from '../../../usecases/child-counts/export-child-counts';
import { getChildCountDifferences } from '../../../usecases/child-counts/get-child-count-differences';
import { getChildCountPfs } from '../../../usecases/child-counts/get-child-count-pfs';
import { getChildCounts } from '../../../usecases/child-counts/get-child-counts';
import { listCountedChildren } from '../../../usecases/child-counts/list-counted-children';
import type { AppOptions } from '../../app';
import { actorOf } from '../../policies/authenticate';
import { ErrorReply, STANDARD_ERRORS } from '../../schemas';
import { sendFile } from '../../send-file';
import {
  CertifyBody,
  ChildCountPfsReply,
  ChildCountsQuery,
  ChildCountsReply,
  CountedChildrenQuery,
  CountedChildrenReply,
  DifferencesExportQuery,
  DifferencesQuery,
  DifferencesReply,
  EdfactsQuery,
  ExplainQuery,
  ExplainReply,
  ExportQuery,
} from './child-counts.schemas';

/** The two spreadsheet downloads: the figures, and the children counted with their reasons. */
const SPREADSHEET_EXPORTS = [
  {
    path: '/child-counts/export',
    summary: 'Export the counts',
    description: 'The counts, breakdowns and (for the state) each region, as CSV or XLSX.',
    exporter: exportChildCountFigures,
  },
  {
    path: '/child-counts/children/export',
    summary: 'Export the counted children',
    description:
      'Every Category 1 child with the reasons they count and their Category 2 day, as CSV or XLSX.',
    exporter: exportCountedChildren,
  },
] as const;

/** The federal child counts (Category 1 and 2): figures, children and reasons, certification, exports. */
export const childCountRoutes: FastifyPluginAsyncTypebox<AppOptions> = async (api, { db }) => {
  const ctx = (request: Parameters<typeof actorOf>[0]) => ({ db, actor: actorOf(request) });
  const tags = ['child-counts'];
  const File = { 200: Type.Unknown({ description: 'The file' }), ...STANDARD_ERRORS };

  api.get(
    '/child-counts',
    {
      config: { access: 'report.read' },
      schema: {
        summary: 'The child counts of a period',
        description:
          'Category 1 and Category 2 with their breakdowns (age/grade group, English learners, disabilities), for the state (with each region and the latest certification) or one region.',
        tags,
        querystring: ChildCountsQuery,
        response: { 200: ChildCountsReply, ...STANDARD_ERRORS },
      },
    },
    async (request) =>
      getChildCounts(ctx(request), { period: request.query.period, regionNumber: request.query.region }),
  );
  api.get(
    '/child-counts/pfs',
    {
      config: { access: 'report.read' },
      schema: {
        summary: 'The counts’ Priority for Services breakdown',
        description:
          'Of the children each category counts, those who were PFS on some day of the period under the state’s criteria; for the state or one region.',
        tags,
        querystring: ChildCountsQuery,
        response: { 200: ChildCountPfsReply, ...STANDARD_ERRORS },
      },
    },
    async (request) =>
      getChildCountPfs(ctx(request), { period: request.query.period, regionNumber: request.query.region }),
  );
  api.get(
    '/child-counts/children',
    {
      config: { access: 'report.read' },
      schema: {
        summary: 'The children a count counts',
        description:
          'One page of Category 1 or 2, by student number, each child with the day and span that count them and their summer or intersession day.',
        tags,
        querystring: CountedChildrenQuery,
        response: { 200: CountedChildrenReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => {
      const { region, limit, offset, ...query } = request.query;
      return listCountedChildren(ctx(request), {
        ...query,
        regionNumber: region,
        limit: limit ?? 50,
        offset: offset ?? 0,
      });
    },
  );
  api.get(
    '/child-counts/explain',
    {
      config: { access: 'report.read' },
      schema: {
        summary: 'Why a student counts, or not',
        description: 'For one student number: whether they are in Category 1 and 2 of the period, and why.',
        tags,
        querystring: ExplainQuery,
        response: { 200: ExplainReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => {
      const { region, ...query } = request.query;
      return explainChildCountOf(ctx(request), { ...query, regionNumber: region });
    },
  );
  api.post(
    '/child-counts/certifications',
    {
      config: { access: 'child_count.certify' },
      schema: {
        summary: 'Certify the state’s counts of a period',
        description:
          'State administrators. Keeps the figures and every child counted; a later certification becomes the reference. Audited.',
        tags,
        body: CertifyBody,
        response: { 200: ChildCountsReply, ...STANDARD_ERRORS, 409: ErrorReply },
      },
    },
    async (request) => certifyChildCounts(ctx(request), request.body),
  );
  api.get(
    '/child-counts/differences',
    {
      config: { access: 'report.read' },
      schema: {
        summary: 'Changes since certification',
        description:
          'The children added to and removed from each category since the period’s latest certification, one page at a time, with the totals; for state readers.',
        tags,
        querystring: DifferencesQuery,
        response: { 200: DifferencesReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => {
      const { period, limit, offset } = request.query;
      return getChildCountDifferences(ctx(request), { period, limit: limit ?? 50, offset: offset ?? 0 });
    },
  );
  api.get(
    '/child-counts/differences/export',
    {
      config: { access: 'report.read' },
      schema: {
        summary: 'Export the changes since certification',
        description:
          'Every child added to or removed from each category since the period’s latest certification, as CSV or XLSX; for state readers.',
        tags,
        querystring: DifferencesExportQuery,
        response: File,
      },
    },
    async (request, reply) => {
      const { period, format } = request.query;
      return sendFile(reply, await exportChildCountDifferences(ctx(request), { period }, format ?? 'csv'));
    },
  );
  for (const { path, summary, description, exporter } of SPREADSHEET_EXPORTS)
    api.get(
      path,
      {
        config: { access: 'report.read' },
        schema: { summary, description, tags, querystring: ExportQuery, response: File },
      },
      async (request, reply) => {
        const { region, format, period } = request.query;
        return sendFile(
          reply,
          await exporter(ctx(request), { period, regionNumber: region }, format ?? 'csv'),
        );
      },
    );
  api.get(
    '/child-counts/edfacts',
    {
      config: { access: 'report.read' },
      schema: {
        summary: 'The EDFacts file of a period',
        description:
          'FS121 (Category 1) or FS122 (Category 2), state level, comma-separated; for state readers.',
        tags,
        querystring: EdfactsQuery,
        response: File,
      },
    },
    async (request, reply) => sendFile(reply, await exportEdfactsFile(ctx(request), request.query)),
  );
};
