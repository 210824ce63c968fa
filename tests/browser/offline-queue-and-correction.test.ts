import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  PHONE,
  expectAccessible,
  expectNoHorizontalScroll,
  launchChromium,
  signIn,
} from '../support/browser';
import { apiSession } from '../support/browser-api';
import { repoRoot } from '../support/eligibility-cases';
import { uploadForm } from '../support/upload-form';
import type { CoeDetail } from '../../src/web/pages/coes/coe-types';
import { draftFromInterview } from '../../src/web/pages/interview/draft-from-interview';
import { buildChildLinks, buildInterview } from '../../src/web/pages/interview/interview-draft';

const baseUrl = inject('baseUrl');
const accounts = inject('accounts');
let browser: Browser;

/** A surname of this run, so that what it finds is what it made. */
const runName = `Ofl${Date.now()
  .toString()
  .slice(-6)
  .replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!)}`;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The service worker keeps the app, so that its pages open without a network (ID6). */
async function appKept(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 60_000,
  });
}

describe('the contact queue offline (ID8)', () => {
  it('shows the queue and a family contact as last synced after a reload without a network, and says logging a contact needs it', async () => {
    // A referral of this run, assigned to the recruiter, as an I&R manager would.
    const manager = await apiSession(accounts.irManager);
    const recruiterApi = await apiSession(accounts.recruiter);
    const { user } = (await recruiterApi('GET', '/auth/me')) as { user: { id: string; regionId: string } };
    const districts = (await manager('GET', `/districts?regionId=${user.regionId}`)) as {
      items: { id: string }[];
    };
    // the header of the referral list browser test, so the district's saved mapping fits both
    const list = [
      'Student ID,Nombre,Apellidos,Fecha Nac,DstEnterDt,Enter Date,Hispanic?,Guardian,Phone',
      `8101,Inés,${runName} Soto,2014-06-07,08/12/25,08/12/25,Y,Marta Soto,(559) 555-0142`,
    ].join('\n');
    await manager(
      'POST',
      '/referrals/imports',
      uploadForm(
        {
          districtId: districts.items[0]!.id,
          mapping: {
            localStudentId: 'Student ID',
            firstName: 'Nombre',
            lastSurname: 'Apellidos',
            birthDate: 'Fecha Nac',
            districtEnterDate: 'DstEnterDt',
            schoolEnterDate: 'Enter Date',
            hispanic: 'Hispanic?',
            guardianName: 'Guardian',
            phone: 'Phone',
          },
        },
        [{ name: 'offline.csv', content: list }],
      ),
    );
    const unassigned = (await manager('GET', '/referrals?assignee=unassigned&status=open&limit=100')) as {
      items: { id: string; lastSurname: string }[];
    };
    const referral = unassigned.items.find((item) => item.lastSurname === `${runName} Soto`)!;
    await manager('POST', '/referrals/assignments', { referralIds: [referral.id], recruiterId: user.id });
    const name = `Inés ${runName} Soto`;

    const context = await browser.newContext({ viewport: PHONE, locale: 'en-US' });
    const page = await context.newPage();
    await signIn(page, baseUrl, accounts.recruiter);
    await page.goto(`${baseUrl}/referrals`);
    await appKept(page);
    // read online: the queue and the family contact are kept on the phone
    await page.getByRole('link', { name }).click();
    await page.getByRole('heading', { name, level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Save the contact' }).waitFor();
    await page.getByRole('link', { name: '← Contact queue' }).click();
    await page.getByRole('link', { name }).waitFor();

    // The network goes, and the page is reloaded: the queue as last synced, in plain words.
    await context.setOffline(true);
    await page.reload();
    const synced = page.getByRole('status').filter({ hasText: 'No network: shown as last synced' });
    await synced.waitFor();
    await synced
      .getByText(/as last synced on .+\. It is brought up to date when the network returns\./)
      .waitFor();
    await page.getByRole('link', { name }).waitFor();
    await expectAccessible(page, 'contact queue as last synced');
    await expectNoHorizontalScroll(page);

    // The family contact too; logging a contact says it needs the network rather than failing.
    await page.getByRole('link', { name }).click();
    await page.getByRole('heading', { name, level: 1 }).waitFor();
    await synced.waitFor();
    await page.getByText('Marta Soto').waitFor();
    await page
      .getByText('Logging a contact needs the network: the form comes back when the network returns.')
      .waitFor();
    await expect(page.getByRole('button', { name: 'Save the contact' }).count()).resolves.toBe(0);
    await expectAccessible(page, 'family contact as last synced');
    await expectNoHorizontalScroll(page);

    // The network returns: the page is read again and the form comes back.
    await context.setOffline(false);
    await page.getByRole('button', { name: 'Save the contact' }).waitFor({ timeout: 30_000 });
    await expect(synced.count()).resolves.toBe(0);

    // Signing out erases the copies with everything else the device keeps (ID8.3).
    await page.getByRole('button', { name: 'Sign out' }).click();
    const recordsLeft = () =>
      page.evaluate(
        () =>
          new Promise<number>((resolve, reject) => {
            const open = indexedDB.open('ciclo-device');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const count = open.result.transaction('records').objectStore('records').count();
              count.onsuccess = () => resolve(count.result);
              count.onerror = () => reject(count.error);
            };
          }),
      );
    await expect.poll(recordsLeft, { timeout: 15_000 }).toBe(0);
    await context.close();
  });
});

/** Seed scenario 2 (a daughter who joins the worker), as the COE's interview. */
const scenario2 = JSON.parse(
  readFileSync(path.join(repoRoot, 'tests/cases/eligibility/002-seed-joe-daughter-joins-sqm.json'), 'utf8'),
).input;

/** The correction of the comments alone, as the guided form sends it, leaves the signature standing. */
const QUALIFYING_WORK = 'Picking strawberries (seasonal agricultural work)';

/**
 * A COE of scenario 2 for this run's child `firstName`, signed, submitted and returned to the
 * recruiter; its interview as the guided form writes it back, so that a correction of the
 * comments alone leaves the parent's signature standing (IR2.1).
 */
async function returnedCoe(firstName: string): Promise<{ id: string }> {
  const recruiterApi = await apiSession(accounts.recruiter);
  const reviewer = await apiSession(accounts.reviewer);
  const { user } = (await recruiterApi('GET', '/auth/me')) as { user: { regionId: string } };
  const coe = (await recruiterApi('POST', '/coes', {
    regionId: user.regionId,
    interview: scenario2,
    children: [
      {
        interviewChildId: 'c-daughter',
        newChild: {
          firstName,
          lastSurname: runName,
          secondSurname: 'Pérez',
          birthDate: '2011-02-10',
          birthCountry: 'GT',
          birthCity: 'Olopa',
          sex: 'female',
        },
      },
    ],
    residencyDate: '2019-08-01',
    qualifyingWork: QUALIFYING_WORK,
  })) as CoeDetail;
  const asWritten = draftFromInterview(coe.interview, coe.children, '');
  await recruiterApi('PUT', `/coes/${coe.id}`, {
    version: coe.version,
    familyId: null,
    interview: buildInterview(asWritten),
    children: buildChildLinks(asWritten),
    residencyDate: '2019-08-01',
    qualifyingWork: QUALIFYING_WORK,
    comments: null,
  });
  await recruiterApi('POST', `/coes/${coe.id}/signature`, {
    kind: 'paper',
    signerName: 'María Pérez',
    signedOn: '2019-08-20',
  });
  await recruiterApi('POST', `/coes/${coe.id}/submit`);
  await reviewer('POST', `/coes/${coe.id}/review`, {
    decision: 'return',
    comments: 'Say in the comments who answered the interview.',
  });
  return { id: coe.id };
}

/** The recruiter, on a phone, at the COE step of the returned COE's interview, the app kept for offline. */
async function correcting(coeId: string) {
  const context = await browser.newContext({ viewport: PHONE, locale: 'en-US' });
  const page = await context.newPage();
  await signIn(page, baseUrl, accounts.recruiter);
  await page.goto(`${baseUrl}/interview?coe=${coeId}`);
  await page.getByRole('heading', { name: 'Eligibility interview', level: 1 }).waitFor();
  await appKept(page);
  for (let step = 0; step < 4; step++) await page.getByRole('button', { name: /^Next/ }).click();
  await page.getByRole('heading', { name: 'Certificate of eligibility', level: 2 }).waitFor();
  return { context, page };
}

/** Correct the comments with the network cut: kept on the phone, then the home page. */
async function correctOffline(page: Page, context: BrowserContext, comments: string) {
  await context.setOffline(true);
  await page.getByLabel(/^Comments/).fill(comments);
  await page.getByRole('button', { name: 'Save the corrections and resubmit for review' }).click();
  const kept = page.getByRole('status').filter({
    hasText: 'Kept on this device: the COE will be sent when the network returns',
  });
  await kept.waitFor();
  return kept;
}

/**
 * A correction kept offline meets the COE corrected on another device (`theirs`): the network
 * returns, nothing is overwritten, the home page says so, and the recruiter opens the two versions.
 */
async function conflictOpened(firstName: string, mine: string, theirs: string) {
  const recruiterApi = await apiSession(accounts.recruiter);
  const coe = await returnedCoe(firstName);
  const { context, page } = await correcting(coe.id);
  const kept = await correctOffline(page, context, mine);
  await kept.getByRole('link', { name: 'Go to the home page' }).click();
  await page.getByText(/^Corrections to the COE for the .+ family, waiting for the network$/).waitFor();

  const onServer = (await recruiterApi('GET', `/coes/${coe.id}`)) as CoeDetail;
  const asWritten = draftFromInterview(onServer.interview, onServer.children, '');
  await recruiterApi('PUT', `/coes/${coe.id}`, {
    version: onServer.version,
    familyId: null,
    interview: buildInterview(asWritten),
    children: buildChildLinks(asWritten),
    residencyDate: '2019-08-01',
    qualifyingWork: QUALIFYING_WORK,
    comments: theirs,
  });

  await context.setOffline(false);
  const changed = page.getByText(/^The COE for the .+ family changed on the server while you corrected it$/);
  await changed.waitFor({ timeout: 30_000 });
  expect(((await recruiterApi('GET', `/coes/${coe.id}`)) as CoeDetail).comments).toBe(theirs);
  await expectAccessible(page, 'home: a correction that met a change on the server');
  await page.getByRole('link', { name: 'Compare the two and choose' }).click();
  const conflict = page
    .getByRole('alert')
    .filter({ hasText: 'This COE changed on the server while you corrected it' });
  await conflict.waitFor();
  await conflict.getByRole('region', { name: 'Your corrections' }).waitFor();
  await conflict.getByRole('region', { name: 'The COE on the server now' }).getByText('Returned').waitFor();
  return { recruiterApi, coe, context, page, conflict };
}

describe('a returned COE corrected without a network (ID7.4)', () => {
  it('is kept on the phone, listed as waiting, and arrives submitted when the network returns', async () => {
    const recruiterApi = await apiSession(accounts.recruiter);
    const coe = await returnedCoe('Lucía');
    const { context, page } = await correcting(coe.id);

    // The network goes; the correction (a comment, which leaves the signature standing) is kept.
    const kept = await correctOffline(page, context, `Answered by the mother, ${runName}.`);
    await expectAccessible(page, 'correction waiting for the network');
    await expectNoHorizontalScroll(page);

    await kept.getByRole('link', { name: 'Go to the home page' }).click();
    const waiting = page.getByText(/^Corrections to the COE for the .+ family, waiting for the network$/);
    await waiting.waitFor();
    await expectAccessible(page, 'home: correction waiting for the network');
    await expectNoHorizontalScroll(page);

    // The network returns: the correction is sent, signed as it was, and submitted again.
    await context.setOffline(false);
    await waiting.waitFor({ state: 'detached', timeout: 30_000 });
    const sent = (await recruiterApi('GET', `/coes/${coe.id}`)) as {
      status: string;
      comments: string;
      signature: { signerName: string } | null;
    };
    expect(sent.status).toBe('submitted');
    expect(sent.comments).toBe(`Answered by the mother, ${runName}.`);
    expect(sent.signature?.signerName).toBe('María Pérez');
    await context.close();
  });

  it('when the COE changed on the server meanwhile, shows both versions and sends the correction only once the recruiter chooses it', async () => {
    const { recruiterApi, coe, context, page, conflict } = await conflictOpened(
      'Rosa',
      `Mine: answered by the father, ${runName}.`,
      `Theirs: answered by the aunt, ${runName}.`,
    );
    await expectAccessible(page, 'a correction beside the COE on the server');
    await expectNoHorizontalScroll(page);

    // The recruiter uses their corrections: they go over the server's version, once submitted.
    await conflict.getByRole('button', { name: 'Use my corrections instead' }).click();
    await expect(page.getByLabel(/^Comments/).inputValue()).resolves.toBe(
      `Mine: answered by the father, ${runName}.`,
    );
    await page.getByRole('button', { name: 'Save the corrections and resubmit for review' }).click();
    await page.getByRole('heading', { name: 'Certificate of eligibility', level: 1 }).waitFor();
    const sent = (await recruiterApi('GET', `/coes/${coe.id}`)) as { status: string; comments: string };
    expect(sent).toMatchObject({
      status: 'submitted',
      comments: `Mine: answered by the father, ${runName}.`,
    });
    await context.close();
  });

  it("keeps the server's COE when the recruiter chooses it: the correction on the phone is dropped and nothing is sent", async () => {
    const theirs = `Theirs: answered by the grandmother, ${runName}.`;
    const { recruiterApi, coe, context, page, conflict } = await conflictOpened(
      'Inés',
      `Mine: answered by the uncle, ${runName}.`,
      theirs,
    );
    await conflict.getByRole('button', { name: "Keep the server's COE" }).click();
    await page.getByRole('heading', { name: 'Certificate of eligibility', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/coes/${coe.id}`);
    await page.getByText(theirs).first().waitFor();
    await expectAccessible(page, "the server's COE kept");

    // Nothing waits on the phone any more, and the server keeps its version.
    const waitingOnDevice = () =>
      page.evaluate(
        () =>
          new Promise<number>((resolve, reject) => {
            const opening = indexedDB.open('ciclo-device');
            opening.onerror = () => reject(opening.error);
            opening.onsuccess = () => {
              const keys = opening.result.transaction('records').objectStore('records').getAllKeys();
              keys.onsuccess = () =>
                resolve(keys.result.filter((key) => String(key).startsWith('waiting-coe:')).length);
            };
          }),
      );
    expect(await waitingOnDevice()).toBe(0);
    const onServer = (await recruiterApi('GET', `/coes/${coe.id}`)) as { status: string; comments: string };
    expect(onServer).toMatchObject({ status: 'returned', comments: theirs });
    await context.close();
  });
});
