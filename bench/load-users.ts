/**
 * The people of the load test: users of every role created through the API by the demo's
 * state administrator, spread over the regions that hold the most children, each with an
 * open session, the children they can read, and (for those who may) a shared pool of
 * children to edit so that edits collide.
 */
import { randomBytes } from 'node:crypto';
import { hasPermission, type Role } from '../src/core/people/roles';
import type { Db } from '../src/data/db';
import { createSession } from '../src/data/repositories/sessions.repository';
import { CSRF_HEADER, SESSION_COOKIE } from '../src/server/policies/authenticate';
import { DEMO_PASSWORD } from '../src/usecases/demo/demo-accounts';

/** The share of each role among the users, roughly as a state's staff is made up. */
const ROLE_SHARES: ReadonlyArray<[Role, number]> = [
  ['recruiter', 40],
  ['data_specialist', 15],
  ['ir_manager', 10],
  ['reviewer', 10],
  ['district_staff', 10],
  ['region_director', 6],
  ['state_consultant', 5],
  ['state_admin', 4],
];

/** Regions the users work in: the ones with the most children. */
const REGIONS_USED = 4;
/** Children of a region that its editors share, so that edits of one child collide. */
const EDIT_POOL_SIZE = 25;

export interface LoadUser {
  index: number;
  role: Role;
  email: string;
  cookie: string;
  csrfToken: string;
  /** Children this user can open (their first page of the children list). */
  readableChildIds: string[];
  /** Surnames to search for. */
  surnames: string[];
  /** Children this user edits; empty for read-only roles. */
  editPool: string[];
}

/** A signed-in HTTP client for the setup and the final check (not for the measured load). */
export interface ApiClient {
  get<T = any>(url: string): Promise<T>;
  post<T = any>(url: string, body: unknown): Promise<T>;
}

function apiClient(baseUrl: string, cookie: string, csrfToken: string): ApiClient {
  const call = async (method: string, url: string, body?: unknown) => {
    const response = await fetch(`${baseUrl}${url}`, {
      method,
      headers: {
        cookie: `${SESSION_COOKIE}=${cookie}`,
        [CSRF_HEADER]: csrfToken,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${text.slice(0, 300)}`);
    return text ? JSON.parse(text) : null;
  };
  return { get: (url) => call('GET', url), post: (url, body) => call('POST', url, body) };
}

/** Sign in through the real route as the demo's state administrator. */
export async function signInAsDemoAdmin(baseUrl: string): Promise<ApiClient> {
  const response = await fetch(`${baseUrl}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@demo.ciclo.org', password: DEMO_PASSWORD }),
  });
  if (!response.ok) throw new Error(`admin sign-in: ${response.status} ${await response.text()}`);
  const cookie = /ciclo_session=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  if (!cookie) throw new Error('admin sign-in: no session cookie');
  return apiClient(baseUrl, cookie, csrfToken);
}

/** How many users of each role make up `total`, by ROLE_SHARES, at least one each. */
function rolesFor(total: number): Role[] {
  const weight = ROLE_SHARES.reduce((sum, [, share]) => sum + share, 0);
  const roles: Role[] = [];
  for (const [role, share] of ROLE_SHARES) {
    const count = Math.max(1, Math.round((total * share) / weight));
    for (let i = 0; i < count; i += 1) roles.push(role);
  }
  while (roles.length > total) roles.splice(roles.indexOf('recruiter'), 1);
  while (roles.length < total) roles.push('recruiter');
  return roles;
}

interface Region {
  id: string;
  number: number;
  childCount: number;
}

/**
 * Create `total` users through POST /api/users and open a session for each. Sessions are
 * opened in the database, as the sign-in route would: the sign-in route allows 30 attempts
 * a minute from one address, and the load test measures the work, not the sign-in.
 */
export async function createLoadUsers(
  admin: ApiClient,
  baseUrl: string,
  db: Db,
  total: number,
): Promise<LoadUser[]> {
  const regions = ((await admin.get('/api/regions')).items as Region[])
    .sort((a, b) => b.childCount - a.childCount)
    .slice(0, REGIONS_USED);
  const districts = (await admin.get('/api/districts')).items as Array<{
    id: string;
    regionId: string;
    cdsCode: string;
  }>;
  const pools = new Map<number, string[]>();
  const districtOfRegion = new Map<number, string>();
  for (const region of regions) {
    const children = (await admin.get(`/api/children?regionId=${region.id}&limit=${EDIT_POOL_SIZE}`))
      .items as Array<{ id: string }>;
    pools.set(
      region.number,
      children.map((child) => child.id),
    );
    // A district where a child of the region is enrolled, for the region's district staff.
    for (const child of children) {
      const page = await admin.get(`/api/children/${child.id}`);
      const enrolled = (page.enrollments as Array<{ districtId: string }>)[0];
      const district = enrolled && districts.find((d) => d.id === enrolled.districtId);
      if (district) {
        districtOfRegion.set(region.number, district.cdsCode);
        break;
      }
    }
  }

  const runId = randomBytes(3).toString('hex');
  const users: LoadUser[] = [];
  const roles = rolesFor(total);
  for (const [index, role] of roles.entries()) {
    const region = regions[index % regions.length]!;
    const email = `load-${runId}-${index}-${role.replace('_', '-')}@bench.ciclo.org`;
    const regional = !['state_admin', 'state_consultant', 'reviewer'].includes(role) || index % 2 === 0;
    const districtCdsCode = districtOfRegion.get(region.number);
    const placedRole: Role = role === 'district_staff' && !districtCdsCode ? 'recruiter' : role;
    const { id } = await admin.post('/api/users', {
      email,
      displayName: `Load ${placedRole} ${index}`,
      password: `load ${randomBytes(12).toString('hex')}`,
      role: placedRole,
      ...(placedRole === 'state_admin' || placedRole === 'state_consultant' || !regional
        ? {}
        : { regionNumber: region.number }),
      ...(placedRole === 'district_staff' ? { districtCdsCode } : {}),
      ...(placedRole === 'state_consultant' ? { assignedRegionNumbers: [region.number] } : {}),
    });
    const session = await createSession(db, id, new Date());
    const own = apiClient(baseUrl, session.token, session.csrfToken);
    const readable = (await own.get('/api/children?limit=50')).items as Array<{
      id: string;
      lastSurname: string;
    }>;
    users.push({
      index,
      role: placedRole,
      email,
      cookie: session.token,
      csrfToken: session.csrfToken,
      readableChildIds: readable.map((child) => child.id),
      surnames: [...new Set(readable.map((child) => child.lastSurname))].slice(0, 10),
      editPool: hasPermission(placedRole, 'child.write') ? (pools.get(region.number) ?? []) : [],
    });
  }
  return users;
}
