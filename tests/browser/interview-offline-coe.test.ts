import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  PHONE,
  expectAccessible,
  expectNoHorizontalScroll,
  launchChromium,
  signIn,
} from '../support/browser';
import {
  addWorkerMove,
  fillPlace,
  hollister,
  oaklandApartment,
  oaklandRelatives,
  olopa,
} from '../support/interview-form';
import { apiSession } from '../support/browser-api';

const baseUrl = inject('baseUrl');
const accounts = inject('accounts');
let browser: Browser;

/** Names of this run, so that the duplicate check and the COE list find only what it made. */
const runName = `Nube${Date.now()
  .toString()
  .slice(-6)
  .replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!)}`;
const family = `García ${runName}`;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('a COE taken without a network', () => {
  it('is kept on the phone with its signature, listed on the home page as waiting, and arrives submitted when the network returns', async () => {
    const context = await browser.newContext({ viewport: PHONE, locale: 'en-US' });
    const page = await context.newPage();
    await signIn(page, baseUrl, accounts.recruiter);
    await page.goto(`${baseUrl}/interview`);
    // the app itself is kept by the service worker, so that its pages open without a network
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 60_000,
    });

    // Scenario 2 (tests/browser/interview.test.ts), under this run's names.
    await page.getByLabel(/^Interview date/).fill('2019-08-20');
    await page.getByLabel(/^Family name/).fill(family);
    await page.getByRole('button', { name: /^Next/ }).click();
    await page.getByRole('heading', { name: 'The worker', level: 2 }).waitFor();
    await page.getByLabel(/^First name/).fill('Joe');
    await page.getByLabel(/^First surname/).fill(runName);
    await addWorkerMove(page, 1, { date: '2019-04-01', from: olopa, to: oaklandRelatives }, `Joe ${runName}`);
    await addWorkerMove(
      page,
      2,
      {
        date: '2019-05-01',
        to: hollister,
        work: {
          outcome: 'obtained',
          sector: 'agricultural',
          employment: 'seasonal',
          startDate: '2019-05-02',
          description: 'picking cherries',
        },
      },
      `Joe ${runName}`,
    );
    await addWorkerMove(
      page,
      3,
      {
        date: '2019-07-01',
        to: oaklandApartment,
        work: {
          outcome: 'obtained',
          sector: 'other',
          employment: 'temporary',
          startDate: '2019-07-02',
          description: 'construction laborer',
        },
      },
      `Joe ${runName}`,
    );
    await page.getByRole('button', { name: /^Next/ }).click();
    await page.getByRole('heading', { name: 'The children', level: 2 }).waitFor();
    await page.getByRole('button', { name: 'Add a child' }).click();
    const child = page.getByRole('group', { name: 'Child 1' });
    await child.getByLabel(/^First name/).fill('Lucía');
    await child.getByLabel(/^First surname/).fill(runName);
    await child.getByLabel(/^Second surname/).fill('Pérez');
    await child.getByLabel(/^Birth date/).fill('2011-02-10');
    await child.getByLabel(/^City of birth/).fill('Olopa');
    await child.getByLabel(/^Country of birth/).fill('GT');
    await page.getByText('No existing record looks like this child.').waitFor();
    await page.getByRole('button', { name: /^Next/ }).click();
    await page.getByRole('heading', { name: "The children's move", level: 2 }).waitFor();
    await page.getByRole('button', { name: "Add the children's move" }).click();
    const move = page.getByRole('group', { name: "Children's move 1" });
    await move.getByLabel(/^How the children moved/).selectOption('to-join');
    await move.getByLabel(/^Arrival date of the children/).fill('2019-08-01');
    await fillPlace(move.getByRole('group', { name: 'From', exact: true }), olopa);
    await page
      .getByRole('region', { name: `Determination for Lucía ${runName} Pérez` })
      .getByText('Eligible', { exact: true })
      .waitFor();
    await page.getByRole('button', { name: /^Next/ }).click();
    await page.getByRole('heading', { name: 'Certificate of eligibility', level: 2 }).waitFor();
    await page.getByText('Signed on paper', { exact: true }).click();
    await page.getByLabel(/^Name of the person who signed/).fill('María Pérez');

    // The network goes before the COE is submitted: it is kept on the phone, in plain words.
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Submit the COE for review' }).click();
    const kept = page.getByRole('status').filter({
      hasText: 'Kept on this device: the COE will be sent when the network returns',
    });
    await kept.waitFor();
    await kept.getByText(/the app sends them for review by itself as soon as the network returns/).waitFor();
    await expectAccessible(page, 'interview: COE waiting for the network');
    await expectNoHorizontalScroll(page);

    // The home page lists it as waiting, not as an interview to continue.
    await kept.getByRole('link', { name: 'Go to the home page' }).click();
    const waiting = page.getByText(`COE for the ${family} family, waiting for the network`);
    await waiting.waitFor();
    // The draft goes once the server has taken the COE, which may come a moment after the waiting copy.
    await page
      .getByRole('link', { name: `Continue the interview with the ${family} family` })
      .waitFor({ state: 'detached', timeout: 30_000 });
    await expectAccessible(page, 'home: COE waiting for the network');
    await expectNoHorizontalScroll(page);

    // The network returns: the COE is sent, and the waiting copy and the draft go.
    await context.setOffline(false);
    await waiting.waitFor({ state: 'detached', timeout: 30_000 });
    // The draft goes once the server has taken the COE, which may come a moment after the waiting copy.
    await page
      .getByRole('link', { name: `Continue the interview with the ${family} family` })
      .waitFor({ state: 'detached', timeout: 30_000 });

    // It is in the recruiter's COE list, once, submitted.
    await page.goto(`${baseUrl}/coes`);
    const search = page.getByRole('search', { name: 'Search the COEs' });
    await search.getByLabel('Family').fill(runName.toLowerCase());
    await page.getByRole('link', { name: family }).waitFor();
    await page.getByText('1 COE', { exact: true }).waitFor();
    await page
      .getByRole('listitem')
      .filter({ hasText: family })
      .getByText('Submitted', { exact: true })
      .waitFor();

    // The draft is gone from the server too.
    const recruiter = await apiSession(accounts.recruiter);
    const drafts = (await recruiter('GET', '/interview-drafts')) as { items: { label: string }[] };
    expect(drafts.items.filter((draft) => draft.label === family)).toEqual([]);
    await context.close();
  });
});
