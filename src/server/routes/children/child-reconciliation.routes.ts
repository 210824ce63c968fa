import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  changeChildMatchThreshold,
  childMatchSettings,
} from '../../../usecases/children/child-match-settings';
import { listChildOperations } from '../../../usecases/children/child-operation-record';
import { mayChangeMatchThreshold } from '../../../core/children/reconciliation';
import { dismissChildMatch } from '../../../usecases/children/dismiss-child-match';
import { listChildMatchProposals } from '../../../usecases/children/list-child-match-proposals';
import { getRetiredChild } from '../../../usecases/children/get-retired-child';
import { listChildRows } from '../../../usecases/children/list-child-rows';
import { mergeChildren } from '../../../usecases/children/merge-children';
import { splitChild } from '../../../usecases/children/split-child';
import { undoChildOperation } from '../../../usecases/children/undo-child-operation';
import { todayInState } from '../../../usecases/clock';
import type { AppOptions } from '../../app';
import { actorOf } from '../../policies/authenticate';
import { ErrorReply, IdParams, STANDARD_ERRORS } from '../../schemas';
import {
  ChildRowsReply,
  DismissBody,
  DismissReply,
  MatchProposalsQuery,
  MatchProposalsReply,
  MatchSettingsBody,
  MatchSettingsReply,
  MergeBody,
  OperationReply,
  OperationsQuery,
  OperationsReply,
  RetiredChildReply,
  SplitBody,
} from './child-reconciliation.schemas';

/**
 * One child across identifiers (issue 21; identification-and-recruitment.md IR5): the queue of
 * children likely to be one child, merge, "not the same", split, and the history with undo.
 */
export const childReconciliationRoutes: FastifyPluginAsyncTypebox<AppOptions> = async (api, { db }) => {
  const ctx = (request: Parameters<typeof actorOf>[0]) => ({ db, actor: actorOf(request) });
  const tags = ['children'];
  const access = 'child.reconcile' as const;
  const CONFLICT = { 409: ErrorReply };

  api.get(
    '/children/reconciliation/matches',
    {
      config: { access },
      schema: {
        summary: 'The reconciliation queue',
        description:
          'Pairs of children of your scope likely to be one child: the same SSID, MSIX ID or student number (certain), else name and birth date above the state’s threshold; each with its reasons, the identifiers that disagree, and both children side by side. Pairs a person said are not the same are left out.',
        tags,
        querystring: MatchProposalsQuery,
        response: { 200: MatchProposalsReply, ...STANDARD_ERRORS },
      },
    },
    async (request) =>
      listChildMatchProposals(ctx(request), {
        regionId: request.query.regionId,
        childId: request.query.childId,
        limit: request.query.limit ?? 50,
        offset: request.query.offset ?? 0,
      }),
  );
  api.post(
    '/children/reconciliation/merges',
    {
      config: { access },
      schema: {
        summary: 'Merge two children who are one child',
        description:
          'Every record of the merged child moves to the kept child, which takes the identifiers it lacks; the merged child is retired. Children of two regions: state administrator only. Different identifiers need overrideReason; records the kept child already has (the same COE, service or assessment) refuse the merge, named. 409 when either child changed since read.',
        tags,
        body: MergeBody,
        response: { 201: OperationReply, ...STANDARD_ERRORS, ...CONFLICT },
      },
    },
    async (request, reply) => reply.status(201).send(await mergeChildren(ctx(request), request.body)),
  );
  api.post(
    '/children/reconciliation/dismissals',
    {
      config: { access },
      schema: {
        summary: 'Say two children are not the same',
        description: 'The pair is never proposed again. Audited.',
        tags,
        body: DismissBody,
        response: { 200: DismissReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => dismissChildMatch(ctx(request), request.body),
  );
  api.post(
    '/children/reconciliation/splits',
    {
      config: { access },
      schema: {
        summary: 'Split records that belong to another child',
        description:
          'The records chosen move to a new child (the child’s facts without its identifiers, changed where given) or to an existing child. 409 when a child changed since read.',
        tags,
        body: SplitBody,
        response: { 201: OperationReply, ...STANDARD_ERRORS, ...CONFLICT },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await splitChild(ctx(request), request.body, todayInState())),
  );
  api.get(
    '/children/reconciliation/operations',
    {
      config: { access },
      schema: {
        summary: 'The merges and splits',
        description: 'Newest first, with who did them, the records moved and whether they were undone.',
        tags,
        querystring: OperationsQuery,
        response: { 200: OperationsReply, ...STANDARD_ERRORS },
      },
    },
    async (request) =>
      listChildOperations(ctx(request), {
        childId: request.query.childId,
        limit: request.query.limit ?? 50,
        offset: request.query.offset ?? 0,
      }),
  );
  api.post(
    '/children/reconciliation/operations/:id/undo',
    {
      config: { access },
      schema: {
        summary: 'Undo a merge or a split',
        description:
          'Exactly the records it moved go back, and the identifiers; a merged child comes back, a child a split made is retired. The latest operation on the children first. 409 when it cannot.',
        tags,
        params: IdParams,
        response: { 200: OperationReply, ...STANDARD_ERRORS, ...CONFLICT },
      },
    },
    async (request) => undoChildOperation(ctx(request), request.params.id),
  );
  api.get(
    '/children/:id/records',
    {
      config: { access },
      schema: {
        summary: 'The records that name a child',
        description: 'Enrollments, COEs, eligibilities, services, assessments…: what a split may move.',
        tags,
        params: IdParams,
        response: { 200: ChildRowsReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => listChildRows(ctx(request), request.params.id),
  );
  api.get(
    '/children/:id/merged-into',
    {
      config: { access: 'child.read' },
      schema: {
        summary: 'Where a merged child’s records went',
        description:
          'For a child a merge retired (its page answers 404): the child it was merged into, when, and the merge to undo. Seen by whom the child its records stand in now is; 404 otherwise.',
        tags,
        params: IdParams,
        response: { 200: RetiredChildReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => getRetiredChild(ctx(request), request.params.id),
  );
  api.get(
    '/children/reconciliation/settings',
    {
      config: { access },
      schema: {
        summary: 'The reconciliation queue’s threshold',
        tags,
        response: { 200: MatchSettingsReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => ({
      ...(await childMatchSettings(db)),
      canChange: mayChangeMatchThreshold(actorOf(request)),
    }),
  );
  api.put(
    '/children/reconciliation/settings',
    {
      config: { access },
      schema: {
        summary: 'Change the reconciliation queue’s threshold',
        description: 'State administrators. 409 when someone changed it since read.',
        tags,
        body: MatchSettingsBody,
        response: { 200: MatchSettingsReply, ...STANDARD_ERRORS, ...CONFLICT },
      },
    },
    async (request) => ({
      ...(await changeChildMatchThreshold(ctx(request), request.body.threshold, request.body.version)),
      canChange: true,
    }),
  );
};
