import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppOptions } from '../../app';
import { todayInState } from '../../../usecases/clock';
import { assignReferrals } from '../../../usecases/referrals/assign-referrals';
import { enterReferral } from '../../../usecases/referrals/enter-referral';
import { overrideReferralPriority } from '../../../usecases/referrals/override-referral-priority';
import { getRecruiterSchedule, saveRecruiterSchedule } from '../../../usecases/referrals/recruiter-schedule';
import { getDailyQuota } from '../../../usecases/referrals/get-daily-quota';
import { getHolidays } from '../../../usecases/referrals/get-holidays';
import { getPrioritizationRules } from '../../../usecases/referrals/get-prioritization-rules';
import { getReferral } from '../../../usecases/referrals/get-referral';
import { importReferrals } from '../../../usecases/referrals/import-referrals';
import { listFamilyContacts } from '../../../usecases/referrals/list-family-contacts';
import { listReferrals } from '../../../usecases/referrals/list-referrals';
import { logFamilyContact } from '../../../usecases/referrals/log-family-contact';
import { previewReferralFile } from '../../../usecases/referrals/preview-referral-file';
import { saveHolidays } from '../../../usecases/referrals/save-holidays';
import { savePrioritizationRules } from '../../../usecases/referrals/save-prioritization-rules';
import { actorOf } from '../../policies/authenticate';
import { IdParams, ListOf, STANDARD_ERRORS } from '../../schemas';
import { acceptUploads, readMultipartUpload, skippedRowsInLanguage, uploadedFile } from '../../uploads';
import {
  AssignBody,
  ContactBody,
  ContactReply,
  ContactsReply,
  HolidaysReply,
  ImportBody,
  ImportReply,
  PreviewBody,
  PreviewReply,
  QueueQuery,
  QuotaReply,
  ReferralReply,
  RulesQuery,
  RulesReply,
  SaveHolidaysBody,
  SaveRulesBody,
  AssignReferralsReply,
  EnterReferralBody,
  OverridePriorityBody,
  ScheduleBody,
  ScheduleReply,
} from './referrals.schemas';

/** Referral lists, their prioritization, the contact queue, family contacts and the daily quota. */
export const referralRoutes: FastifyPluginAsyncTypebox<AppOptions> = async (api, { db }) => {
  const ctx = (request: Parameters<typeof actorOf>[0]) => ({ db, actor: actorOf(request) });
  const tags = ['referrals'];
  await acceptUploads(api);
  const listFile = (request: Parameters<typeof uploadedFile>[0], districtId: string) => {
    const { fileName, content } = uploadedFile(request, 'file');
    return { districtId, fileName, content };
  };
  api.post(
    '/referrals/imports/preview',
    {
      config: { access: 'referral.import' },
      preValidation: readMultipartUpload(),
      schema: {
        summary: 'Preview a referral list',
        description:
          "The header, the first rows, and the district's saved mapping or a guess: the mapping step.",
        tags,
        consumes: ['multipart/form-data'],
        body: PreviewBody,
        response: { 200: PreviewReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => previewReferralFile(ctx(request), listFile(request, request.body.districtId)),
  );
  api.post(
    '/referrals/imports',
    {
      config: { access: 'referral.import' },
      preValidation: readMultipartUpload(['mapping']),
      schema: {
        summary: 'Import a referral list',
        description:
          'CSV or XLSX through the mapping (saved per district); adds only referrals not already listed; bad rows are skipped and named.',
        tags,
        consumes: ['multipart/form-data'],
        body: ImportBody,
        response: { 200: ImportReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => {
      const result = await importReferrals(
        ctx(request),
        { ...listFile(request, request.body.districtId), mapping: request.body.mapping },
        todayInState(),
      );
      return skippedRowsInLanguage(request, result);
    },
  );
  api.get(
    '/referrals',
    {
      config: { access: 'referral.read' },
      schema: {
        summary: 'The contact queue',
        description: 'Referrals in your scope, highest priority first, then the oldest.',
        tags,
        querystring: QueueQuery,
        response: { 200: ListOf(ReferralReply), ...STANDARD_ERRORS },
      },
    },
    async (request) => listReferrals(ctx(request), request.query, todayInState()),
  );
  api.post(
    '/referrals',
    {
      config: { access: 'referral.read' },
      schema: {
        summary: 'Enter a referral by hand',
        description:
          "A child referred by the community, an employer or grower, an agency, the family itself, another region or a school or district list, into a district's queue; matched against known children and ranked by the region's rules; audited. 409 when the child is already in the district's queue.",
        tags,
        body: EnterReferralBody,
        response: { 200: ReferralReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => enterReferral(ctx(request), request.body, todayInState()),
  );
  api.put(
    '/referrals/:id/priority',
    {
      config: { access: 'referral.assign' },
      schema: {
        summary: "Override a referral's priority",
        description:
          "A manager's priority with the reason, shown beside the rules' priority and reasons; priority 0 removes it. At the version read (409 when stale); audited.",
        tags,
        params: IdParams,
        body: OverridePriorityBody,
        response: { 200: ReferralReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => overrideReferralPriority(ctx(request), request.params.id, request.body),
  );
  api.get(
    '/recruiters/:id/schedule',
    {
      config: { access: 'referral.read' },
      schema: {
        summary: "A recruiter's working days",
        description:
          'The weekdays they work and their leave, which the contact quota follows; Monday to Friday when none is saved.',
        tags,
        params: IdParams,
        response: { 200: ScheduleReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => getRecruiterSchedule(ctx(request), request.params.id),
  );
  api.put(
    '/recruiters/:id/schedule',
    {
      config: { access: 'referral.assign' },
      schema: {
        summary: "Save a recruiter's working days",
        description:
          "Part-time weekdays and leave, set by the recruiter's manager; at the version read (409 when stale); audited.",
        tags,
        params: IdParams,
        body: ScheduleBody,
        response: { 200: ScheduleReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => saveRecruiterSchedule(ctx(request), request.params.id, request.body),
  );
  api.get(
    '/referrals/quota',
    {
      config: { access: 'referral.contact' },
      schema: {
        summary: "Today's contact quota",
        description:
          'Pending contacts divided by the working days left in the month, rounded up, and progress today.',
        tags,
        response: { 200: QuotaReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => getDailyQuota(ctx(request), todayInState()),
  );
  api.get(
    '/referrals/:id',
    {
      config: { access: 'referral.read' },
      schema: {
        summary: 'A referral',
        description: 'With its priority reasons and any child it matched.',
        tags,
        params: IdParams,
        response: { 200: ReferralReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => getReferral(ctx(request), request.params.id, todayInState()),
  );
  api.post(
    '/referrals/assignments',
    {
      config: { access: 'referral.assign' },
      schema: {
        summary: 'Assign referrals',
        description:
          'Assign (or unassign with null) referrals of your region to one of its recruiters; audited.',
        tags,
        body: AssignBody,
        response: {
          200: AssignReferralsReply,
          ...STANDARD_ERRORS,
        },
      },
    },
    async (request) => assignReferrals(ctx(request), request.body),
  );
  api.get(
    '/referrals/:id/contacts',
    {
      config: { access: 'referral.read' },
      schema: {
        summary: 'Family contact log',
        description: 'Every attempt to reach the family, newest first.',
        tags,
        params: IdParams,
        response: { 200: ContactsReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => ({ items: await listFamilyContacts(ctx(request), request.params.id) }),
  );
  api.post(
    '/referrals/:id/contacts',
    {
      config: { access: 'referral.contact' },
      schema: {
        summary: 'Log a family contact',
        description: 'Date, type of attempt and outcome; the referral status follows; audited.',
        tags,
        params: IdParams,
        body: ContactBody,
        response: { 200: ContactReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => logFamilyContact(ctx(request), request.params.id, request.body, todayInState()),
  );
  api.get(
    '/prioritization-rules',
    {
      config: { access: 'referral.read' },
      schema: {
        summary: "A region's prioritization rules",
        description: "Region 3's rules are the default for a region that set none.",
        tags,
        querystring: RulesQuery,
        response: { 200: RulesReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => {
      const ruleSet = await getPrioritizationRules(ctx(request), request.query.regionId);
      return { ...ruleSet, rules: [...ruleSet.rules] };
    },
  );
  api.put(
    '/prioritization-rules',
    {
      config: { access: 'referral.assign' },
      schema: {
        summary: 'Save prioritization rules',
        description: "Saves the region's ordered rules and re-ranks its open referrals; audited.",
        tags,
        body: SaveRulesBody,
        response: { 200: RulesReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => {
      const ruleSet = await savePrioritizationRules(ctx(request), request.body, todayInState());
      return { ...ruleSet, rules: [...ruleSet.rules] };
    },
  );
  api.get(
    '/holidays',
    {
      config: { access: 'referral.read' },
      schema: {
        summary: "A region's holidays",
        description: 'Days that are not working days for the contact quota.',
        tags,
        querystring: RulesQuery,
        response: { 200: HolidaysReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => getHolidays(ctx(request), request.query.regionId),
  );
  api.put(
    '/holidays',
    {
      config: { access: 'referral.assign' },
      schema: {
        summary: "Save a region's holidays",
        description: 'Replaces the list; audited.',
        tags,
        body: SaveHolidaysBody,
        response: { 200: HolidaysReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => saveHolidays(ctx(request), request.body),
  );
};
