/**
 * Building a browser test's data through the running test server's API, as its users would:
 * signed-in sessions, and an eligible child certified through the COE workflow.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import { TEST_PASSWORD } from '../factories';
import { repoRoot } from './eligibility-cases';

/** A call of the API as one signed-in user; refuses (throws) on any reply but 2xx. */
export type ApiCall = (method: string, url: string, body?: unknown) => Promise<any>;

/** A signed-in API session of the running test server. */
export async function apiSession(email: string): Promise<ApiCall> {
  const baseUrl = inject('baseUrl');
  const signInReply = await fetch(`${baseUrl}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: TEST_PASSWORD }),
  });
  if (signInReply.status !== 200) throw new Error(`sign-in of ${email}: ${signInReply.status}`);
  const cookie = signInReply.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await signInReply.json()) as { csrfToken: string };
  return async (method, url, body) => {
    // A FormData goes as multipart (an upload); anything else as JSON.
    const form = body instanceof FormData;
    const reply = await fetch(`${baseUrl}/api${url}`, {
      method,
      headers: {
        cookie,
        'x-csrf-token': csrfToken,
        ...(body === undefined || form ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: form ? body : JSON.stringify(body) }),
    });
    // A deletion answers 204 without a body.
    const parsed = reply.status === 204 ? null : ((await reply.json()) as unknown);
    if (reply.status >= 300) throw new Error(`${method} ${url}: ${reply.status} ${JSON.stringify(parsed)}`);
    return parsed;
  };
}

/** Seed scenario 2: a daughter who joins the worker (QAD 2019-08-01, eligible to 2022-07-31). */
const scenario2 = JSON.parse(
  readFileSync(path.join(repoRoot, 'tests/cases/eligibility/002-seed-joe-daughter-joins-sqm.json'), 'utf8'),
).input;

/** The daughter's own facts, which each test names differently so its rows are its own. */
export interface NewChildFacts {
  firstName: string;
  lastSurname: string;
  secondSurname: string;
  birthCountry: string;
  birthCity: string;
  guardian: string;
}

/** A child of `regionId` eligible from 2019-08-01 to 2022-07-31, certified through the COE workflow; their student number. */
export async function eligibleChildThroughCoe(regionId: string, child: NewChildFacts): Promise<string> {
  const accounts = inject('accounts');
  const recruiter = await apiSession(accounts.recruiter);
  const reviewer = await apiSession(accounts.reviewer);
  const coe = await recruiter('POST', '/coes', {
    regionId,
    interview: scenario2,
    children: [
      {
        interviewChildId: 'c-daughter',
        newChild: {
          firstName: child.firstName,
          lastSurname: child.lastSurname,
          secondSurname: child.secondSurname,
          birthDate: '2011-02-10',
          birthCountry: child.birthCountry,
          birthCity: child.birthCity,
          sex: 'female',
        },
      },
    ],
    residencyDate: '2019-08-01',
    qualifyingWork: 'Picking strawberries (seasonal agricultural work)',
  });
  await recruiter('POST', `/coes/${coe.id}/signature`, {
    kind: 'paper',
    signerName: child.guardian,
    signedOn: '2019-08-20',
  });
  await recruiter('POST', `/coes/${coe.id}/submit`);
  const approved = await reviewer('POST', `/coes/${coe.id}/review`, { decision: 'approve', comments: '' });
  const certified = await recruiter('GET', `/children/${approved.children[0].childId}`);
  return certified.studentNumber as string;
}
