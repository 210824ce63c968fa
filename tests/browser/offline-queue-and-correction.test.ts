import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
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

describe('a returned COE corrected without a network (ID7.4)', () => {
  it('is kept on the phone, listed as waiting, and arrives submitted when the network returns', async () => {
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
            firstName: 'Lucía',
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
      qualifyingWork: 'Picking strawberries (seasonal agricultural work)',
    })) as CoeDetail;
    // the interview as the guided form writes it back, so that a correction of the comments
    // alone leaves the parent's signature standing (IR2.1)
    const asWritten = draftFromInterview(coe.interview, coe.children, '');
    await recruiterApi('PUT', `/coes/${coe.id}`, {
      version: coe.version,
      familyId: null,
      interview: buildInterview(asWritten),
      children: buildChildLinks(asWritten),
      residencyDate: '2019-08-01',
      qualifyingWork: 'Picking strawberries (seasonal agricultural work)',
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

    const context = await browser.newContext({ viewport: PHONE, locale: 'en-US' });
    const page = await context.newPage();
    await signIn(page, baseUrl, accounts.recruiter);
    await page.goto(`${baseUrl}/interview?coe=${coe.id}`);
    await page.getByRole('heading', { name: 'Eligibility interview', level: 1 }).waitFor();
    await appKept(page);
    for (let step = 0; step < 4; step++) await page.getByRole('button', { name: /^Next/ }).click();
    await page.getByRole('heading', { name: 'Certificate of eligibility', level: 2 }).waitFor();

    // The network goes; the correction (a comment, which leaves the signature standing) is kept.
    await context.setOffline(true);
    await page.getByLabel(/^Comments/).fill(`Answered by the mother, ${runName}.`);
    await page.getByRole('button', { name: 'Save the corrections and resubmit for review' }).click();
    const kept = page.getByRole('status').filter({
      hasText: 'Kept on this device: the COE will be sent when the network returns',
    });
    await kept.waitFor();
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
});
