import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { TEST_PASSWORD } from '../factories';
import { expectAccessible, expectNoHorizontalScroll, phonePage, signIn } from '../support/browser';
import { repoRoot } from '../support/eligibility-cases';

const baseUrl = inject('baseUrl');
const accounts = inject('accounts');
const phone = phonePage({ perTest: false });

/** A signed-in API session of the running test server, for building the test's data. */
async function apiSession(email: string) {
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
  return async (method: string, url: string, body?: unknown): Promise<any> => {
    const reply = await fetch(`${baseUrl}/api${url}`, {
      method,
      headers: {
        cookie,
        'x-csrf-token': csrfToken,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const parsed = (await reply.json()) as unknown;
    if (reply.status >= 300) throw new Error(`${method} ${url}: ${reply.status} ${JSON.stringify(parsed)}`);
    return parsed;
  };
}

const interview = JSON.parse(
  readFileSync(path.join(repoRoot, 'tests/cases/eligibility/002-seed-joe-daughter-joins-sqm.json'), 'utf8'),
).input;

/** A child eligible from 2019-08-01 to 2022-07-31, through the COE workflow; their student number. */
async function eligibleChild(regionId: string): Promise<string> {
  const recruiter = await apiSession(accounts.recruiter);
  const reviewer = await apiSession(accounts.reviewer);
  const coe = await recruiter('POST', '/coes', {
    regionId,
    interview,
    children: [
      {
        interviewChildId: 'c-daughter',
        newChild: {
          firstName: 'Itzel',
          lastSurname: 'Ramírez',
          secondSurname: 'Soto',
          birthDate: '2011-02-10',
          birthCountry: 'MX',
          birthCity: 'Zamora',
          sex: 'female',
        },
      },
    ],
    residencyDate: '2019-08-01',
    qualifyingWork: 'Picking strawberries (seasonal agricultural work)',
  });
  await recruiter('POST', `/coes/${coe.id}/signature`, {
    kind: 'paper',
    signerName: 'Rosa Soto',
    signedOn: '2019-08-20',
  });
  await recruiter('POST', `/coes/${coe.id}/submit`);
  const approved = await reviewer('POST', `/coes/${coe.id}/review`, { decision: 'approve', comments: '' });
  const child = await recruiter('GET', `/children/${approved.children[0].childId}`);
  return child.studentNumber as string;
}

describe('an attendance sheet taken on a phone', () => {
  let serviceId: string;

  beforeAll(async () => {
    const specialist = await apiSession(accounts.dataSpecialist);
    const { regionId } = ((await specialist('GET', '/auth/me')) as { user: { regionId: string } }).user;
    const studentNumber = await eligibleChild(regionId);
    const service = await specialist('POST', '/services', {
      code: 'SHEET-PHONE-1',
      name: 'Homework club',
      term: 'RSY',
      site: 'Lincoln Elementary',
      districtId: null,
      startDate: '2021-09-13',
      endDate: '2022-06-10',
      actualStartDate: null,
      actualEndDate: null,
      fundingResource: '3060',
      applicationKind: 'regional_application',
      applicationLine: null,
      mpos: [],
      strategies: [],
      components: ['eld'],
      pdRequired: false,
      instrumentName: 'Reading inventory',
      instrumentMin: 0,
      instrumentMax: 100,
      higherIsBetter: true,
      instrumentLevels: [],
      sessionMinutes: 45,
      stateServiceCode: null,
    });
    serviceId = service.id;
    await specialist('POST', `/services/${serviceId}/enrollments`, {
      studentId: studentNumber,
      enrolledOn: '2021-09-13',
      reason: 'below_proficient_ela',
    });
  });

  it('a data specialist finds the service, takes the sheet with a tap per child, saves it and sees the hours', async () => {
    const page = phone.page;
    await signIn(page, baseUrl, accounts.dataSpecialist);
    await page.getByRole('button', { name: 'Open menu' }).click();
    await page.getByRole('link', { name: 'Services' }).click();
    await page.getByRole('heading', { name: 'Services', level: 1 }).waitFor();
    await page.getByRole('textbox', { name: 'Performance period' }).click();
    await page.getByRole('option', { name: 'All periods' }).click();
    await page.getByRole('link', { name: 'Homework club' }).waitFor();
    await expectAccessible(page, 'services list');
    await expectNoHorizontalScroll(page);

    await page.goto(`${baseUrl}/services/${serviceId}/attendance?date=2021-10-04`);
    await page.getByRole('heading', { name: 'Attendance sheet', level: 1 }).waitFor();
    const child = page.getByRole('checkbox', { name: 'Itzel Ramírez Soto' });
    await child.waitFor();
    await expect(child.isChecked()).resolves.toBe(false);
    await expect(
      page.getByRole('textbox', { name: 'Minutes for Itzel Ramírez Soto' }).inputValue(),
    ).resolves.toBe('45');
    await expectAccessible(page, 'attendance sheet');
    await expectNoHorizontalScroll(page);

    // by keyboard: focus the child and press Space to mark them present
    await child.focus();
    await page.keyboard.press('Space');
    await expect(child.isChecked()).resolves.toBe(true);
    await page.getByText('1 of 1 present').waitFor();
    await page.getByRole('button', { name: 'Save attendance' }).click();
    await page.getByRole('status').filter({ hasText: 'Attendance saved' }).waitFor();
    await expectAccessible(page, 'attendance sheet saved');

    await page.getByRole('link', { name: 'Back to Homework club' }).click();
    await page.getByRole('heading', { name: 'Homework club', level: 1 }).waitFor();
    await page.getByRole('cell', { name: '0.75 h (1 sessions)' }).waitFor();
    await expectAccessible(page, 'service page');
    await expectNoHorizontalScroll(page);
  });
});
