import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { DeterminationSchema, InterviewSchema } from '../../../core/eligibility/interview-schema';
import { todayInState } from '../../../usecases/clock';
import { changeEligibilitySettings } from '../../../usecases/eligibility/change-eligibility-settings';
import { changeDeviceKeeping, getDeviceKeeping } from '../../../usecases/eligibility/device-keeping';
import { determineInterviewEligibility } from '../../../usecases/eligibility/determine-interview-eligibility';
import { findEligibilityWatchList } from '../../../usecases/eligibility/find-eligibility-watch-list';
import { getEligibilityHistory } from '../../../usecases/eligibility/get-eligibility-history';
import { getEligibilitySettings } from '../../../usecases/eligibility/get-eligibility-settings';
import { previewEligibilitySettings } from '../../../usecases/eligibility/preview-eligibility-settings';
import { recordResidencyContact } from '../../../usecases/eligibility/record-residency-contact';
import type { AppOptions } from '../../app';
import { actorOf } from '../../policies/authenticate';
import { ErrorReply, IdParams, STANDARD_ERRORS } from '../../schemas';
import {
  ChangeDeviceKeepingBody,
  ChangeEligibilitySettingsBody,
  ChangeEligibilitySettingsReply,
  EligibilitySettingsPreviewReply,
  DetermineQuery,
  DeviceKeepingReply,
  EligibilityHistoryReply,
  EligibilitySettingsReply,
  PreviewEligibilitySettingsBody,
  ResidencyContactBody,
  WatchListQuery,
  WatchListReply,
} from './eligibility.schemas';

/**
 * The eligibility engine for other systems, and each child's eligibility over time:
 * history of COEs, eligibility ending soon, yearly residency contacts.
 */
export const eligibilityRoutes: FastifyPluginAsyncTypebox<AppOptions> = async (api, { db }) => {
  api.post(
    '/eligibility/determine',
    {
      config: { access: 'eligibility.determine' },
      schema: {
        summary: 'Determine eligibility from an interview',
        description:
          'The interview and determination of docs/rules/coe-and-interview-format.md, with the state’s settings. Pure: nothing is stored. Invalid input gets 400 naming the field.',
        tags: ['eligibility'],
        querystring: DetermineQuery,
        body: InterviewSchema,
        response: { 200: DeterminationSchema, ...STANDARD_ERRORS },
      },
    },
    async (request) =>
      determineInterviewEligibility(
        { db, actor: actorOf(request) },
        request.body,
        request.query.language ?? 'en',
      ),
  );

  api.get(
    '/children/:id/eligibility',
    {
      config: { access: 'child.read' },
      schema: {
        summary: "A child's eligibility history",
        description:
          'Every approved COE with its QAD and end date, the current year of eligibility and the residency contacts.',
        tags: ['eligibility'],
        params: IdParams,
        response: { 200: EligibilityHistoryReply, ...STANDARD_ERRORS },
      },
    },
    async (request) =>
      getEligibilityHistory({ db, actor: actorOf(request) }, request.params.id, todayInState()),
  );

  api.post(
    '/children/:id/residency-contacts',
    {
      config: { access: 'child.write' },
      schema: {
        summary: 'Record a yearly residency contact',
        description: 'Audited.',
        tags: ['eligibility'],
        params: IdParams,
        body: ResidencyContactBody,
        response: { 204: Type.Null(), ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      await recordResidencyContact(
        { db, actor: actorOf(request) },
        request.params.id,
        { ...request.body, notes: request.body.notes ?? null },
        todayInState(),
      );
      return reply.status(204).send(null);
    },
  );

  api.get(
    '/eligibility/watch-list',
    {
      config: { access: 'child.read' },
      schema: {
        summary: 'Children to act on',
        description:
          'Eligibility ending within 30/60/90 days, or children in years 2–3 due for their yearly residency contact; in your scope.',
        tags: ['eligibility'],
        querystring: WatchListQuery,
        response: { 200: WatchListReply, ...STANDARD_ERRORS },
      },
    },
    async (request) =>
      findEligibilityWatchList(
        { db, actor: actorOf(request) },
        {
          kind: request.query.kind,
          days: request.query.days ?? 30,
          today: todayInState(),
          limit: request.query.limit ?? 50,
          offset: request.query.offset ?? 0,
        },
      ),
  );
  api.get(
    '/eligibility/settings',
    {
      config: { access: 'eligibility.determine' },
      schema: {
        summary: "The state's eligibility settings",
        description:
          "California's unless a state administrator changed them (docs/rules/coe-and-interview-format.md, Settings), with the version to save a change at.",
        tags: ['eligibility'],
        response: { 200: EligibilitySettingsReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => {
      const settings = await getEligibilitySettings({ db, actor: actorOf(request) });
      return { ...settings, singleDistrictStates: [...settings.singleDistrictStates] };
    },
  );
  api.put(
    '/eligibility/settings',
    {
      config: { access: 'eligibility.settings' },
      schema: {
        summary: 'Change the eligibility settings',
        description:
          'Values absent keep California’s. Saved at the version read (409 when someone changed them since) and audited in one transaction; every child of an approved COE is then re-determined with the new settings; the reply counts what changed.',
        tags: ['eligibility'],
        body: ChangeEligibilitySettingsBody,
        response: { 200: ChangeEligibilitySettingsReply, ...STANDARD_ERRORS, 409: ErrorReply },
      },
    },
    async (request) => {
      const change = await changeEligibilitySettings(
        { db, actor: actorOf(request) },
        request.body.settings,
        request.body.version,
      );
      return {
        ...change,
        settings: { ...change.settings, singleDistrictStates: [...change.settings.singleDistrictStates] },
      };
    },
  );
  api.post(
    '/eligibility/settings/preview',
    {
      config: { access: 'eligibility.settings' },
      schema: {
        summary: 'Preview a change of the eligibility settings',
        description:
          'What the PUT with the same body would re-determine (the same counts), without saving the settings or writing any child. A read: not audited.',
        tags: ['eligibility'],
        body: PreviewEligibilitySettingsBody,
        response: { 200: EligibilitySettingsPreviewReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => {
      const preview = await previewEligibilitySettings(
        { db, actor: actorOf(request) },
        request.body.settings,
      );
      return {
        ...preview,
        settings: { ...preview.settings, singleDistrictStates: [...preview.settings.singleDistrictStates] },
      };
    },
  );
  api.get(
    '/eligibility/device-keeping',
    {
      config: { access: 'eligibility.determine' },
      schema: {
        summary: 'How long a device keeps children’s records',
        description:
          'Interview drafts and COEs waiting for the network are erased from a device once they have not been saved for this many days, and at sign-out (ID5.1). California’s default is 14.',
        tags: ['eligibility'],
        response: { 200: DeviceKeepingReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => getDeviceKeeping({ db, actor: actorOf(request) }),
  );
  api.put(
    '/eligibility/device-keeping',
    {
      config: { access: 'eligibility.settings' },
      schema: {
        summary: 'Change how long a device keeps children’s records',
        description: 'From 1 to 90 days, at the version read (409 when someone changed it since). Audited.',
        tags: ['eligibility'],
        body: ChangeDeviceKeepingBody,
        response: { 200: DeviceKeepingReply, ...STANDARD_ERRORS, 409: ErrorReply },
      },
    },
    async (request) => {
      const { version, ...keeping } = request.body;
      return changeDeviceKeeping({ db, actor: actorOf(request) }, keeping, version);
    },
  );
};
