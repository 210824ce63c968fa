/**
 * What each user does during the load test, as autocannon requests: one connection per user,
 * each picking its next request from what its role may do (searches, child pages, the COE
 * list, the referral queue, watch lists, the data packet) and editing children: it reads the
 * child, sends PATCH with the version it read, and on 409 reads again and retries. Every
 * edit's outcome is kept so the final check can count them.
 */
import type { Request } from 'autocannon';
import { hasPermission, type Permission } from '../src/core/people/roles';
import { CSRF_HEADER, SESSION_COOKIE } from '../src/server/policies/authenticate';
import type { LoadUser } from './load-users';

/** Kinds of request, as the figures name them. */
export type RequestKind =
  | 'search'
  | 'child page'
  | 'COE list'
  | 'referral queue'
  | 'watch list'
  | 'data packet'
  | 'edit: read'
  | 'edit: PATCH';

/** How often a user picks each intent (out of the sum), and the permission it needs. */
const INTENTS: ReadonlyArray<{ kind: RequestKind | 'edit'; weight: number; permission: Permission }> = [
  { kind: 'search', weight: 20, permission: 'child.read' },
  { kind: 'child page', weight: 25, permission: 'child.read' },
  { kind: 'COE list', weight: 10, permission: 'coe.read' },
  { kind: 'referral queue', weight: 10, permission: 'referral.read' },
  { kind: 'watch list', weight: 10, permission: 'child.read' },
  { kind: 'data packet', weight: 3, permission: 'report.read' },
  { kind: 'edit', weight: 22, permission: 'child.write' },
];

/** Tries of one edit before the user gives up on it (each after a 409 and a fresh read). */
const MAX_EDIT_ATTEMPTS = 8;

/** A successful edit as the server answered it. */
export interface AcceptedEdit {
  childId: string;
  /** The version the PATCH produced. */
  version: number;
  /** The distinct birthCity value it wrote. */
  value: string;
}

export interface WorkloadTally {
  /** Status codes seen per kind. */
  statuses: Map<RequestKind, Map<number, number>>;
  /** Latency (ms) of every response per kind, from autocannon's timing. */
  latencies: Map<RequestKind, number[]>;
  accepted: AcceptedEdit[];
  /**
   * PATCHes sent and not answered (in flight when the test stopped, or timed out), by the
   * value they write: the database may hold them although no one counted them as accepted.
   */
  unanswered: Map<string, { childId: string }>;
  /** 409 answers to a PATCH (expected when two users edit one child). */
  conflicts: number;
  /** Edits abandoned after MAX_EDIT_ATTEMPTS conflicts. */
  abandoned: number;
  /** First few unexpected answers, for the report. */
  unexpected: string[];
}

export function emptyTally(): WorkloadTally {
  return {
    statuses: new Map(),
    latencies: new Map(),
    accepted: [],
    unanswered: new Map(),
    conflicts: 0,
    abandoned: 0,
    unexpected: [],
  };
}

export interface UserState {
  user: LoadUser;
  intents: typeof INTENTS;
  totalWeight: number;
  kind: RequestKind;
  /** The edit in progress: its child, the version last read (undefined until read), tries. */
  edit?: { childId: string; version?: number; attempts: number; value?: string };
  edits: number;
}

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;

/**
 * The single autocannon request of `user`'s connection, choosing what to send each time, and
 * the connection's state (whose `kind` says what the response being timed answers).
 */
export function userConnection(user: LoadUser, tally: WorkloadTally): { request: Request; state: UserState } {
  const intents = INTENTS.filter(
    (intent) =>
      hasPermission(user.role, intent.permission) &&
      (intent.kind !== 'edit' || user.editPool.length > 0) &&
      (intent.kind !== 'child page' || user.readableChildIds.length > 0),
  );
  const state: UserState = {
    user,
    intents,
    totalWeight: intents.reduce((sum, intent) => sum + intent.weight, 0),
    kind: 'search',
    edits: 0,
  };
  const headers = {
    cookie: `${SESSION_COOKIE}=${user.cookie}`,
    [CSRF_HEADER]: user.csrfToken,
  };
  const request: Request = {
    setupRequest(params) {
      const next = nextRequest(state);
      if (state.kind === 'edit: PATCH' && state.edit?.value)
        tally.unanswered.set(state.edit.value, { childId: state.edit.childId });
      return { ...params, ...next, headers: { ...headers, ...next.headers } };
    },
    onResponse(status, body) {
      record(tally.statuses, state.kind, status);
      if (status >= 500 || (status >= 400 && !(state.kind === 'edit: PATCH' && status === 409))) {
        if (tally.unexpected.length < 20)
          tally.unexpected.push(`${state.user.role} ${state.kind}: ${status} ${body.slice(0, 200)}`);
      }
      const edit = state.edit;
      if (!edit) return;
      if (state.kind === 'edit: read') {
        if (status === 200) edit.version = (JSON.parse(body) as { version: number }).version;
        else state.edit = undefined;
      } else if (state.kind === 'edit: PATCH') {
        if (edit.value) tally.unanswered.delete(edit.value);
        if (status === 200) {
          const reply = JSON.parse(body) as { version: number; birthCity: string };
          tally.accepted.push({ childId: edit.childId, version: reply.version, value: reply.birthCity });
          state.edit = undefined;
        } else if (status === 409) {
          tally.conflicts += 1;
          edit.version = undefined;
          edit.attempts += 1;
          if (edit.attempts >= MAX_EDIT_ATTEMPTS) {
            tally.abandoned += 1;
            state.edit = undefined;
          }
        } else state.edit = undefined;
      }
    },
  };
  return { request, state };
}

function nextRequest(state: UserState): {
  method: string;
  path: string;
  body?: string;
  headers?: Record<string, string>;
} {
  const { user } = state;
  if (state.edit) {
    if (state.edit.version === undefined) {
      state.kind = 'edit: read';
      return { method: 'GET', path: `/api/children/${state.edit.childId}` };
    }
    state.kind = 'edit: PATCH';
    state.edits += 1;
    // A value no other edit writes, so the final check can tell which edit it sees.
    const value = `L${user.index}-${state.edits}`;
    state.edit.value = value;
    return {
      method: 'PATCH',
      path: `/api/children/${state.edit.childId}`,
      body: JSON.stringify({ version: state.edit.version, birthCity: value }),
      headers: { 'content-type': 'application/json' },
    };
  }
  let roll = Math.random() * state.totalWeight;
  const intent = state.intents.find((candidate) => (roll -= candidate.weight) < 0) ?? state.intents[0]!;
  if (intent.kind === 'edit') {
    state.edit = { childId: pick(user.editPool), attempts: 0 };
    state.kind = 'edit: read';
    return { method: 'GET', path: `/api/children/${state.edit.childId}` };
  }
  state.kind = intent.kind;
  switch (intent.kind) {
    case 'search':
      return {
        method: 'GET',
        path: `/api/children?q=${encodeURIComponent(user.surnames.length ? pick(user.surnames) : 'García')}`,
      };
    case 'child page':
      return { method: 'GET', path: `/api/children/${pick(user.readableChildIds)}` };
    case 'COE list':
      return { method: 'GET', path: '/api/coes?status=submitted' };
    case 'referral queue':
      return { method: 'GET', path: '/api/referrals?assignee=all' };
    case 'watch list':
      return {
        method: 'GET',
        path: `/api/eligibility/watch-list?kind=${Math.random() < 0.5 ? 'ending' : 'residency-due'}&days=90`,
      };
    default:
      return { method: 'GET', path: '/api/reports/data-packet?from=2017-18&to=2021-22' };
  }
}

function record(statuses: WorkloadTally['statuses'], kind: RequestKind, status: number): void {
  const byStatus = statuses.get(kind) ?? new Map<number, number>();
  byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
  statuses.set(kind, byStatus);
}
