import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppOptions } from '../../app';
import { CALENDAR_TASKS } from '../../../core/calendar/calendar-tasks';
import { programYearOf } from '../../../core/calendar/program-year';
import { todayInState } from '../../../usecases/clock';
import {
  addCalendarEvidence,
  uploadCalendarEvidence,
} from '../../../usecases/calendar/add-calendar-evidence';
import { taskRecord } from '../../../usecases/calendar/calendar-item-record';
import {
  calendarFeedOf,
  createCalendarFeed,
  FEED_SECRET_PATTERN,
  getCalendarFeed,
  revokeCalendarFeed,
} from '../../../usecases/calendar/calendar-feed';
import { getCalendarGlance, getCalendarProgress } from '../../../usecases/calendar/calendar-glance';
import { getCalendarOverview } from '../../../usecases/calendar/calendar-overview';
import { getCalendarSettings, setCalendarSettings } from '../../../usecases/calendar/calendar-settings';
import { listCalendarItemsView } from '../../../usecases/calendar/list-calendar-items';
import { openProgramYear } from '../../../usecases/calendar/open-program-year';
import {
  downloadCalendarEvidence,
  removeCalendarEvidence,
} from '../../../usecases/calendar/remove-calendar-evidence';
import { updateCalendarItemOf } from '../../../usecases/calendar/update-calendar-item';
import { DomainError } from '../../../core/common/domain-error';
import { sendDocument } from '../../documents';
import { actorOf } from '../../policies/authenticate';
import { ErrorReply, STANDARD_ERRORS } from '../../schemas';
import { acceptUploads, readMultipartUpload, uploadedFile } from '../../uploads';
import {
  CreatedReply,
  EvidenceBody,
  EvidenceFileBody,
  EvidenceParams,
  FeedReply,
  NewFeedReply,
  GlanceQuery,
  GlanceReply,
  ItemListReply,
  ItemParams,
  ItemReply,
  ItemsQuery,
  OpenYearBody,
  OpenYearReply,
  OverviewQuery,
  OverviewReply,
  ProgressQuery,
  ProgressReply,
  SettingsBody,
  SettingsReply,
  TaskListReply,
  UpdateItemBody,
} from './calendar.schemas';

/** The annual continuous-improvement calendar (docs/rules/calendar.md): tasks, program years, items and evidence. */
export const calendarRoutes: FastifyPluginAsyncTypebox<AppOptions> = async (api, { db }) => {
  const ctx = (request: Parameters<typeof actorOf>[0]) => ({ db, actor: actorOf(request) });
  const tags = ['calendar'];
  const CHANGE_ERRORS = { ...STANDARD_ERRORS, 409: ErrorReply };
  await acceptUploads(api);

  api.get(
    '/calendar/tasks',
    {
      config: { access: 'calendar.read' },
      schema: {
        summary: 'The calendar’s tasks',
        description:
          'Every task of both tables of the annual calendar, in the document’s order: the actions at a glance, then the tasks and resources by month.',
        tags,
        response: { 200: TaskListReply, ...STANDARD_ERRORS },
      },
    },
    async () => ({ items: CALENDAR_TASKS.map(taskRecord) }),
  );
  api.get(
    '/calendar/overview',
    {
      config: { access: 'calendar.read' },
      schema: {
        summary: 'What the calendar offers you',
        description:
          'The regions you see, and for one of them (yours by default) its open program years and staff.',
        tags,
        querystring: OverviewQuery,
        response: { 200: OverviewReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => {
      const today = todayInState();
      const overview = await getCalendarOverview(ctx(request), request.query.regionId);
      return { ...overview, today, currentProgramYear: programYearOf(today) };
    },
  );
  api.get(
    '/calendar/items',
    {
      config: { access: 'calendar.read' },
      schema: {
        summary: 'Calendar items',
        description:
          'One view: this month’s items that are yours (mine) or your region’s (region), the overdue items, or a region’s whole program year (year).',
        tags,
        querystring: ItemsQuery,
        response: { 200: ItemListReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => listCalendarItemsView(ctx(request), request.query, todayInState()),
  );
  api.get(
    '/calendar/glance',
    {
      config: { access: 'calendar.read' },
      schema: {
        summary: 'The year at a glance',
        description: 'The actions at a glance of a region’s program year, each with its live status.',
        tags,
        querystring: GlanceQuery,
        response: { 200: GlanceReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => getCalendarGlance(ctx(request), request.query),
  );
  api.get(
    '/calendar/progress',
    {
      config: { access: 'calendar.read' },
      schema: {
        summary: 'Every region side by side',
        description: 'Each task of a program year with the status of every region you see.',
        tags,
        querystring: ProgressQuery,
        response: { 200: ProgressReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => getCalendarProgress(ctx(request), request.query.programYear, todayInState()),
  );
  api.post(
    '/calendar/years',
    {
      config: { access: 'calendar.manage' },
      schema: {
        summary: 'Open a region’s program year',
        description:
          'Adds the items of the year the region lacks; the tasks marked * only in an application year. Audited.',
        tags,
        body: OpenYearBody,
        response: { 200: OpenYearReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => openProgramYear(ctx(request), request.body),
  );
  api.patch(
    '/calendar/items/:id',
    {
      config: { access: 'calendar.read' },
      schema: {
        summary: 'Change an item',
        description:
          'Its status, or its owner (a member of the region’s staff). `version` is the one you read: a change over someone else’s answers 409 naming `version`. Audited.',
        tags,
        params: ItemParams,
        body: UpdateItemBody,
        response: { 200: ItemReply, ...CHANGE_ERRORS },
      },
    },
    async (request) => updateCalendarItemOf(ctx(request), request.params.id, request.body),
  );
  api.post(
    '/calendar/items/:id/evidence',
    {
      config: { access: 'calendar.read' },
      schema: {
        summary: 'Add a note or link as evidence',
        description: 'Evidence is added, never changed. Audited.',
        tags,
        params: ItemParams,
        body: EvidenceBody,
        response: { 201: CreatedReply, ...STANDARD_ERRORS },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addCalendarEvidence(ctx(request), request.params.id, request.body)),
  );
  api.post(
    '/calendar/items/:id/files',
    {
      config: { access: 'calendar.read' },
      preValidation: readMultipartUpload(),
      schema: {
        summary: 'Upload a file as evidence',
        description: 'Kept in the stored documents (up to 10 MB). Audited.',
        tags,
        consumes: ['multipart/form-data'],
        params: ItemParams,
        body: EvidenceFileBody,
        response: { 201: CreatedReply, ...STANDARD_ERRORS },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await uploadCalendarEvidence(ctx(request), request.params.id, uploadedFile(request, 'file'))),
  );
  api.get(
    '/calendar/items/:id/files/:evidenceId',
    {
      config: { access: 'calendar.read' },
      schema: {
        summary: 'Download a file of an item’s evidence',
        tags,
        params: EvidenceParams,
        response: { 200: Type.Unknown(), ...STANDARD_ERRORS },
      },
    },
    async (request, reply) =>
      sendDocument(
        reply,
        await downloadCalendarEvidence(ctx(request), request.params.id, request.params.evidenceId),
      ),
  );
  api.delete(
    '/calendar/items/:id/evidence/:evidenceId',
    {
      config: { access: 'calendar.read' },
      schema: {
        summary: 'Remove a piece of evidence',
        description: 'A note, link or file; the audit log keeps it.',
        tags,
        params: EvidenceParams,
        response: { 204: Type.Null(), ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      await removeCalendarEvidence(ctx(request), request.params.id, request.params.evidenceId);
      return reply.status(204).send(null);
    },
  );
  api.get(
    '/calendar/settings',
    {
      config: { access: 'calendar.read' },
      schema: {
        summary: 'The calendar’s settings',
        description: 'The program years when the grant application is due.',
        tags,
        response: { 200: SettingsReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => getCalendarSettings(ctx(request)),
  );
  api.put(
    '/calendar/settings',
    {
      config: { access: 'calendar.settings' },
      schema: {
        summary: 'Set the application years',
        description: 'The program years (by their July) when the grant application is due. Audited.',
        tags,
        body: SettingsBody,
        response: { 200: SettingsReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => setCalendarSettings(ctx(request), request.body),
  );
  api.get(
    '/calendar/feed',
    {
      config: { access: 'calendar.read' },
      schema: {
        summary: 'Your calendar feed',
        description:
          'Whether you have a feed address, and since when (the address itself is shown only when made).',
        tags,
        response: { 200: FeedReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => getCalendarFeed(ctx(request)),
  );
  api.post(
    '/calendar/feed',
    {
      config: { access: 'calendar.read' },
      schema: {
        summary: 'Make your calendar feed address',
        description:
          'A secret address of your items as an iCalendar feed, for Outlook or Google Calendar. Shown once; only its hash is kept; an address made before stops working. Audited.',
        tags,
        response: { 201: NewFeedReply, ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => reply.status(201).send(await createCalendarFeed(ctx(request))),
  );
  api.delete(
    '/calendar/feed',
    {
      config: { access: 'calendar.read' },
      schema: {
        summary: 'Revoke your calendar feed address',
        description: 'The address stops working at once. Audited.',
        tags,
        response: { 204: Type.Null(), ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      await revokeCalendarFeed(ctx(request));
      return reply.status(204).send(null);
    },
  );
  api.get(
    '/calendar/feed/:secret',
    {
      config: { access: 'public' },
      schema: {
        summary: 'A calendar feed (iCalendar)',
        description:
          'The items of the user whose secret address this is, one all-day event on each due date (text/calendar). 404 for an unknown or revoked address.',
        tags,
        params: Type.Object({
          secret: Type.String({ pattern: FEED_SECRET_PATTERN, description: 'The secret' }),
        }),
        response: {
          200: Type.Unknown({ description: 'The iCalendar feed' }),
          400: ErrorReply,
          404: ErrorReply,
        },
      },
    },
    async (request, reply) => {
      const origin = `${request.protocol}://${request.host}`;
      const feed = await calendarFeedOf(db, request.params.secret, origin);
      if (feed === undefined) throw new DomainError('not_found', 'No calendar feed at this address.');
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(feed);
    },
  );
};
