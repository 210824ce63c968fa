import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
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

const baseUrl = inject('baseUrl');
const accounts = inject('accounts');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function phonePage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: PHONE, locale: 'en-US' });
  return { context, page: await context.newPage() };
}

/** Add child `number` with a name and birth date; the child's group, for the rest of its facts. */
async function addChild(
  page: Page,
  number: number,
  child: { firstName: string; lastSurname: string; secondSurname?: string; birthDate: string },
): Promise<Locator> {
  await page.getByRole('button', { name: 'Add a child' }).click();
  const group = page.getByRole('group', { name: `Child ${number}` });
  await group.getByLabel(/^First name/).fill(child.firstName);
  await group.getByLabel(/^First surname/).fill(child.lastSurname);
  if (child.secondSurname) await group.getByLabel(/^Second surname/).fill(child.secondSurname);
  await group.getByLabel(/^Birth date/).fill(child.birthDate);
  return group;
}

/** A recruiter on a phone, on a new interview dated `interviewDate`. */
async function newInterview(interviewDate: string): Promise<{ context: BrowserContext; page: Page }> {
  const recruiter = await phonePage();
  await signIn(recruiter.page, baseUrl, accounts.recruiter);
  await recruiter.page.goto(`${baseUrl}/interview`);
  await recruiter.page.getByLabel(/^Interview date/).fill(interviewDate);
  return recruiter;
}

describe('the eligibility interview, the COE and its review', () => {
  it('a recruiter enters Scenario 2 as a new family on a phone and submits the COE; a reviewer approves; the child is eligible with QAD 2019-08-01', async () => {
    const recruiter = await phonePage();
    const page = recruiter.page;
    await signIn(page, baseUrl, accounts.recruiter);
    await page.getByRole('button', { name: 'Open menu' }).click();
    await page.getByRole('link', { name: 'New interview' }).click();
    await page.getByRole('heading', { name: 'Eligibility interview', level: 1 }).waitFor();

    // Step 1: the interview and the family.
    await page.getByLabel(/^Interview date/).fill('2019-08-20');
    await page.getByLabel(/^Family name/).fill('Jellybean Pérez');
    await expectAccessible(page, 'interview: family');
    await expectNoHorizontalScroll(page);
    await page.getByRole('button', { name: /^Next/ }).click();

    // Step 2: establish the worker — Joe, his three moves and the work after each.
    await page.getByRole('heading', { name: 'The worker', level: 2 }).waitFor();
    await page.getByLabel(/^First name/).fill('Joe');
    await page.getByLabel(/^First surname/).fill('Jellybean');
    await addWorkerMove(page, 1, { date: '2019-04-01', from: olopa, to: oaklandRelatives });
    await addWorkerMove(page, 2, {
      date: '2019-05-01',
      to: hollister,
      work: {
        outcome: 'obtained',
        sector: 'agricultural',
        employment: 'seasonal',
        startDate: '2019-05-02',
        description: 'picking cherries',
      },
    });
    await addWorkerMove(page, 3, {
      date: '2019-07-01',
      to: oaklandApartment,
      work: {
        outcome: 'obtained',
        sector: 'other',
        employment: 'temporary',
        startDate: '2019-07-02',
        description: 'construction laborer',
      },
    });
    await expectAccessible(page, 'interview: worker');
    await expectNoHorizontalScroll(page);
    await page.getByRole('button', { name: /^Next/ }).click();

    // Step 3: the child, with the duplicate check.
    await page.getByRole('heading', { name: 'The children', level: 2 }).waitFor();
    const child = await addChild(page, 1, {
      firstName: 'Lucía',
      lastSurname: 'Jellybean',
      secondSurname: 'Pérez',
      birthDate: '2011-02-10',
    });
    await child.getByLabel(/^City of birth/).fill('Olopa');
    await child.getByLabel(/^Country of birth/).fill('GT');
    await page.getByText('No existing record looks like this child.').waitFor();
    await expect(child.getByRole('heading', { name: 'Lucía Jellybean Pérez' }).count()).resolves.toBe(1);
    await expectAccessible(page, 'interview: children');
    await page.getByRole('button', { name: /^Next/ }).click();

    // Step 4: the daughter's move from Guatemala to join Joe in Oakland.
    await page.getByRole('heading', { name: "The children's move", level: 2 }).waitFor();
    await page.getByRole('button', { name: "Add the children's move" }).click();
    const move = page.getByRole('group', { name: "Children's move 1" });
    // Together with the worker until the recruiter hears otherwise: no guess at a move of their own.
    await expect(move.getByLabel(/^How the children moved/).inputValue()).resolves.toBe('with');
    await move.getByLabel(/^How the children moved/).selectOption('to-join');
    await expect(move.getByLabel(/^The worker's move they joined/).inputValue()).resolves.toBe('m3');
    await move.getByLabel(/^Arrival date of the children/).fill('2019-08-01');
    await fillPlace(move.getByRole('group', { name: 'From', exact: true }), olopa);

    // The determination, explained.
    const result = page.getByRole('region', { name: 'Determination for Lucía Jellybean Pérez' });
    await result.getByText('Eligible', { exact: true }).waitFor();
    await result.getByText('Subsequent qualifying move (SQM)').waitFor();
    await expect(
      result.getByText(/A later move within 36 months of that one is a subsequent qualifying move/).count(),
    ).resolves.toBe(1);
    await expect(result.getByText('Aug 1, 2019').count()).resolves.toBe(1);
    await expect(result.getByText(/Jul 31, 2022/).count()).resolves.toBe(1);
    await expect(result.getByRole('listitem').count()).resolves.toBeGreaterThan(2);
    await expectAccessible(page, 'interview: children’s move and determination');
    await expectNoHorizontalScroll(page);
    await page.getByRole('button', { name: /^Next/ }).click();

    // Step 5: the COE, signed on paper, submitted.
    await page.getByRole('heading', { name: 'Certificate of eligibility', level: 2 }).waitFor();
    await expect(page.getByLabel(/^Residency date/).inputValue()).resolves.toBe('2019-08-01');
    await expect(page.getByLabel(/^Qualifying work/).inputValue()).resolves.toBe('picking cherries');
    await page.getByLabel(/^Comments/).fill('Round trip of 60 days Oakland–Hollister–Oakland.');
    await page.getByText('Signed on paper', { exact: true }).click();
    await page.getByLabel(/^Name of the person who signed/).fill('María Pérez');
    await expectAccessible(page, 'interview: COE');
    await page.getByRole('button', { name: 'Submit the COE for review' }).click();
    await page.getByRole('heading', { name: 'Certificate of eligibility', level: 1 }).waitFor();
    await page.getByText('Submitted', { exact: true }).first().waitFor();
    await expectAccessible(page, 'COE page (recruiter)');
    await expectNoHorizontalScroll(page);
    await recruiter.context.close();

    // The reviewer approves from the review queue.
    const reviewer = await phonePage();
    const review = reviewer.page;
    await signIn(review, baseUrl, accounts.reviewer);
    await review.getByRole('button', { name: 'Open menu' }).click();
    await review.getByRole('link', { name: 'COEs' }).click();
    await review.getByRole('heading', { name: 'Certificates of eligibility', level: 1 }).waitFor();
    await expectAccessible(review, 'COE review queue');
    await review.getByRole('link', { name: 'Jellybean Pérez' }).first().click();
    await review.getByRole('heading', { name: 'Certificate of eligibility', level: 1 }).waitFor();
    await review.getByText('Subsequent qualifying move (SQM)').first().waitFor();
    await review.getByText(/Lucía Jellybean Pérez joined Joe Jellybean/).waitFor();
    const pdfHref = await review
      .getByRole('link', { name: 'Print the COE (PDF, Spanish)' })
      .getAttribute('href');
    const pdf = await review.request.get(`${baseUrl}${pdfHref ?? ''}`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    await expectAccessible(review, 'COE page (reviewer)');
    await expectNoHorizontalScroll(review);
    await review.getByRole('button', { name: 'Approve' }).click();
    await review.getByText('Approved', { exact: true }).first().waitFor();

    // The child now exists, eligible with QAD 2019-08-01.
    await review.getByRole('link', { name: 'Open the record of Lucía Jellybean Pérez' }).click();
    await review.getByRole('heading', { name: 'Lucía Jellybean Pérez', level: 1 }).waitFor();
    const eligibility = review.getByRole('table').first();
    await eligibility.getByText('Aug 1, 2019').waitFor();
    await expect(eligibility.getByText('Jul 31, 2022').count()).resolves.toBe(1);
    await expectAccessible(review, 'child page after approval');
    await reviewer.context.close();
  });

  it('links the existing child the duplicate check finds; a returned COE goes back to the recruiter with the comments, who corrects and resubmits it', async () => {
    const recruiter = await phonePage();
    const page = recruiter.page;
    await signIn(page, baseUrl, accounts.recruiter);
    await page.goto(`${baseUrl}/interview`);
    await page.getByLabel(/^Interview date/).fill('2025-09-15');
    await page.getByLabel(/^Family name/).fill('Núñez de la Cruz');
    await page.getByRole('button', { name: /^Next/ }).click();

    await page.getByLabel(/^First name/).fill('Rosa');
    await page.getByLabel(/^First surname/).fill('de la Cruz');
    await addWorkerMove(page, 1, { date: '2025-08-01', from: oaklandApartment, to: hollister });
    const work = page.getByRole('group', { name: 'Move 1', exact: true });
    await work.getByLabel(/^Work of Rosa de la Cruz after this move/).selectOption('obtained');
    await work.getByLabel(/^Employment/).selectOption('seasonal');
    await work.getByLabel(/^Work start date/).fill('2025-08-04');
    await work.getByLabel(/^What the work was/).fill('thinning lettuce');
    await page.getByRole('button', { name: /^Next/ }).click();

    // Written without accents, capitals swapped and the surnames the other way round: still found.
    const child = await addChild(page, 1, {
      firstName: 'JOSE LUIS',
      lastSurname: 'de la cruz',
      secondSurname: 'Nunez',
      birthDate: '2012-11-30',
    });
    await child.getByText('Same surnames in the other order').waitFor();
    await child.getByText('Written with different accents').waitFor();
    await expectAccessible(page, 'interview: likely match');
    await child.getByRole('button', { name: 'This is the same child: José Luis Núñez de la Cruz' }).click();
    await child.getByText(/José Luis Núñez de la Cruz \(\w+\): no new record will be created/).waitFor();
    await page.getByRole('button', { name: /^Next/ }).click();

    await page.getByRole('button', { name: "Add the children's move" }).click();
    const move = page.getByRole('group', { name: "Children's move 1" });
    await move.getByLabel(/^How the children moved/).selectOption('with');
    await move.getByLabel(/^The worker's move they made together/).selectOption('m1');
    await page
      .getByRole('region', { name: /^Determination for JOSE LUIS/ })
      .getByText('Qualifying work', { exact: true })
      .waitFor();
    await page.getByRole('button', { name: /^Next/ }).click();

    await page.getByText('Signed on paper', { exact: true }).click();
    await page.getByLabel(/^Name of the person who signed/).fill('Rosa de la Cruz');
    await page.getByRole('button', { name: 'Submit the COE for review' }).click();
    await page.getByRole('heading', { name: 'Certificate of eligibility', level: 1 }).waitFor();
    const coeUrl = page.url();
    await recruiter.context.close();

    const reviewer = await phonePage();
    await signIn(reviewer.page, baseUrl, accounts.reviewer);
    await reviewer.page.goto(coeUrl);
    await reviewer.page
      .getByLabel(/^Comments for the recruiter/)
      .fill('The residency date is missing a day: check it with the family.');
    await reviewer.page.getByRole('button', { name: 'Return to the recruiter' }).click();
    await reviewer.page.getByText('Returned', { exact: true }).first().waitFor();
    await reviewer.context.close();

    const again = await phonePage();
    await signIn(again.page, baseUrl, accounts.recruiter);
    await again.page.goto(`${baseUrl}/coes?view=returned`);
    await again.page.getByRole('link', { name: 'Núñez de la Cruz' }).first().click();
    await again.page
      .getByText('The residency date is missing a day: check it with the family.')
      .first()
      .waitFor();
    await expectAccessible(again.page, 'returned COE');
    await expectNoHorizontalScroll(again.page);
    // Corrected in the guided form: the interview comes back as entered, the child still linked.
    await again.page.getByRole('link', { name: 'Correct the interview' }).click();
    await again.page.getByRole('heading', { name: 'Eligibility interview', level: 1 }).waitFor();
    await expect(again.page.getByLabel(/^Interview date/).inputValue()).resolves.toBe('2025-09-15');
    for (let step = 0; step < 4; step++) await again.page.getByRole('button', { name: /^Next/ }).click();
    await again.page.getByRole('heading', { name: 'Certificate of eligibility', level: 2 }).waitFor();
    await again.page.getByText(/Signed by Rosa de la Cruz on .*; a correction of what was signed/).waitFor();
    await again.page.getByLabel(/^Residency date/).fill('2025-08-02');
    await expectAccessible(again.page, 'correcting a returned COE');
    await again.page.getByRole('button', { name: 'Save the corrections and resubmit for review' }).click();
    // IR2.1: the residency date is a fact the parent signed: it is saved, and signed again.
    await again.page.getByText(/The corrections change what the parent signed/).waitFor();
    await again.page.getByText('Signed on paper', { exact: true }).click();
    await again.page.getByLabel(/^Name of the person who signed/).fill('Rosa de la Cruz');
    await expectAccessible(again.page, 'signing a corrected COE again');
    await again.page.getByRole('button', { name: 'Save the corrections and resubmit for review' }).click();
    await again.page.getByRole('heading', { name: 'Certificate of eligibility', level: 1 }).waitFor();
    await again.page.getByText('Submitted', { exact: true }).first().waitFor();
    await expect(again.page.getByText('Aug 2, 2025').count()).resolves.toBeGreaterThan(0);
    await again.context.close();
  });
  it('a worker\'s earlier move for work, entered under "more facts", is the recent history that makes a search for work count', async () => {
    const { context, page } = await newInterview('2024-10-01');
    await page.getByRole('button', { name: /^Next/ }).click();

    await page.getByLabel(/^First name/).fill('Joe');
    await page.getByLabel(/^First surname/).fill('Jellybean');
    await addWorkerMove(page, 1, { date: '2024-09-02', from: oaklandApartment, to: hollister });
    const workerMove = page.getByRole('group', { name: 'Move 1', exact: true });
    await workerMove.getByLabel(/^Work of Joe Jellybean after this move/).selectOption('sought');
    await workerMove.getByLabel(/^Kind of work/).selectOption('agricultural');
    await page.getByRole('button', { name: /^Next/ }).click();

    await addChild(page, 1, {
      firstName: 'Ana',
      lastSurname: 'Jellybean',
      birthDate: '2015-03-01',
    });
    await page.getByRole('button', { name: /^Next/ }).click();

    await page.getByRole('button', { name: "Add the children's move" }).click();
    const move = page.getByRole('group', { name: "Children's move 1" });
    await move.getByLabel(/^How the children moved/).selectOption('with');
    await move.getByLabel(/^The worker's move they made together/).selectOption('m1');
    const result = page.getByRole('region', { name: 'Determination for Ana Jellybean' });
    await result.getByText('Not eligible', { exact: true }).waitFor();
    await result.getByText('Work was sought, but there is no recent history of qualifying moves').waitFor();

    // Back to the worker: the earlier move for cherries, behind "more facts", changes the result.
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('heading', { name: 'The worker', level: 2 }).waitFor();
    const more = page.getByRole('button', { name: /More facts about Joe Jellybean/ });
    await expect(more.getAttribute('aria-expanded')).resolves.toBe('false');
    await more.click();
    await expect(more.getAttribute('aria-expanded')).resolves.toBe('true');
    await page.getByRole('button', { name: 'Add an earlier move for work' }).click();
    const earlier = page.getByRole('group', { name: 'Earlier move 1' });
    await earlier.getByLabel(/^Date of the earlier move/).fill('2023-06-15');
    await earlier.getByLabel(/^Kind of work/).selectOption('agricultural');
    await earlier.getByLabel(/^What the work was/).fill('picking cherries');
    await result.getByText('Eligible', { exact: true }).waitFor();
    await result.getByText('Qualifying work', { exact: true }).waitFor();
    await expect(result.getByText('Sep 2, 2024').count()).resolves.toBeGreaterThan(0);
    await expectAccessible(page, 'interview: more facts about the worker');
    await expectNoHorizontalScroll(page);
    await context.close();
  });
  it('a youth who is his own worker, with the mother as another family member who moved: eligible as the worker', async () => {
    const { context, page } = await newInterview('2023-04-05');
    await page.getByRole('button', { name: 'Add a family member who moved' }).click();
    const mother = page.getByRole('group', { name: 'Family member 1' });
    await mother.getByLabel(/^Name of the family member/).fill('Rosa Núñez');
    await expect(mother.getByLabel(/^Role in the family/).inputValue()).resolves.toBe('mother');
    await expectAccessible(page, 'interview: other family members');
    await page.getByRole('button', { name: /^Next/ }).click();
    // No worker besides the youth: the worker the form starts with goes.
    await page.getByRole('group', { name: 'Worker 1' }).getByRole('button', { name: 'Remove' }).click();
    await page.getByRole('button', { name: /^Next/ }).click();

    // The youth first, marked as his own worker under "more facts".
    const child = await addChild(page, 1, {
      firstName: 'Miguel',
      lastSurname: 'Ñandú',
      birthDate: '2006-02-14',
    });
    await child.getByLabel(/^Worker/).selectOption('');
    await child.getByRole('button', { name: /More facts about Miguel Ñandú/ }).click();
    await child.getByLabel(/^This youth is his or her own worker/).check();
    await child.getByLabel(/^High school completion/).selectOption('diploma');
    await child.getByLabel(/^Completion date/).fill('2022-06-01');
    await child.getByLabel(/^Country of completion/).fill('MX');
    await child.getByLabel(/^Still entitled to a free public education/).check();
    await expectAccessible(page, 'interview: a youth who is the worker');

    // Then his move, with his mother, and his work, in the worker step.
    await page.getByRole('button', { name: 'Back' }).click();
    await addWorkerMove(page, 1, { date: '2023-03-20', from: olopa, to: hollister });
    const move = page.getByRole('group', { name: 'Move 1', exact: true });
    await move.getByLabel('Miguel Ñandú', { exact: true }).check();
    await move.getByLabel('Rosa Núñez', { exact: true }).check();
    await move.getByLabel(/^Work of Miguel Ñandú after this move/).selectOption('obtained');
    await move.getByLabel(/^Employment/).selectOption('seasonal');
    await move.getByLabel(/^Work start date/).fill('2023-03-22');
    const result = page.getByRole('region', { name: 'Determination for Miguel Ñandú' });
    await result.getByText('Eligible', { exact: true }).waitFor();
    await result.getByText('as the worker').waitFor();
    await expectAccessible(page, 'interview: the youth’s own move');
    await expectNoHorizontalScroll(page);
    await context.close();
  });
  it('children who joined both parents, who came at different times: a further worker for one child, under "more facts" of the children\'s move', async () => {
    const { context, page } = await newInterview('2024-09-15');
    await page.getByRole('button', { name: /^Next/ }).click();

    // Joe came first and found seasonal work; Rosa came later and did not work.
    await page.getByLabel(/^First name/).fill('Joe');
    await page.getByLabel(/^First surname/).fill('Jellybean');
    await addWorkerMove(page, 1, {
      date: '2024-03-01',
      from: olopa,
      to: hollister,
      work: {
        outcome: 'obtained',
        sector: 'agricultural',
        employment: 'seasonal',
        startDate: '2024-03-05',
        description: 'pruning',
      },
    });
    await page.getByRole('button', { name: 'Add another worker' }).click();
    const rosa = page.getByRole('group', { name: 'Worker 2', exact: true });
    await rosa.getByLabel(/^First name/).fill('Rosa');
    await rosa.getByLabel(/^First surname/).fill('Núñez');
    await addWorkerMove(page, 2, { date: '2024-06-01', from: olopa, to: hollister });
    await page
      .getByRole('group', { name: 'Move 2', exact: true })
      .getByLabel('Joe Jellybean', { exact: true })
      .uncheck();
    await page.getByRole('button', { name: /^Next/ }).click();

    // Ana is Rosa's and Joe's daughter; Beto is Rosa's son.
    const ana = await addChild(page, 1, {
      firstName: 'Ana',
      lastSurname: 'Jellybean',
      birthDate: '2014-05-01',
    });
    await ana.getByLabel(/^Worker/).selectOption('w2');
    await ana.getByRole('button', { name: /More facts about Ana Jellybean/ }).click();
    await ana.getByLabel(/^Relation to Joe Jellybean/).selectOption('parent');
    const beto = await addChild(page, 2, {
      firstName: 'Beto',
      lastSurname: 'Núñez',
      birthDate: '2016-02-01',
    });
    await beto.getByLabel(/^Worker/).selectOption('w2');
    await page.getByRole('button', { name: /^Next/ }).click();

    // Both children came in August to join Rosa; Ana also joined her father.
    await page.getByRole('button', { name: "Add the children's move" }).click();
    const move = page.getByRole('group', { name: "Children's move 1" });
    await move.getByLabel(/^How the children moved/).selectOption('to-join');
    await move.getByLabel(/^Worker$/).selectOption('w2');
    await move.getByLabel(/^The worker's move they joined/).selectOption('m2');
    await move.getByLabel(/^Arrival date of the children/).fill('2024-08-01');
    await fillPlace(move.getByRole('group', { name: 'From', exact: true }), olopa);
    await fillPlace(move.getByRole('group', { name: 'To', exact: true }), hollister);
    const anaResult = page.getByRole('region', { name: 'Determination for Ana Jellybean' });
    await anaResult.getByText('Not eligible', { exact: true }).waitFor();

    await move.getByRole('button', { name: /More facts about children's move 1/ }).click();
    await move.getByRole('button', { name: 'Add another worker they joined or went ahead of' }).click();
    const further = move.getByRole('group', { name: 'Further worker 1' });
    await expect(further.getByLabel(/^How the children moved/).inputValue()).resolves.toBe('to-join');
    // IF1.1: the link offers only the children related to its worker: Beto is not Joe's
    await further.getByLabel('Ana Jellybean', { exact: true }).waitFor();
    await expect(further.getByLabel('Beto Núñez', { exact: true }).count()).resolves.toBe(0);
    await anaResult.getByText('Eligible', { exact: true }).waitFor();
    await expect(anaResult.getByText('Aug 1, 2024').count()).resolves.toBeGreaterThan(0);
    const betoResult = page.getByRole('region', { name: 'Determination for Beto Núñez' });
    await betoResult.getByText('Not eligible', { exact: true }).waitFor();
    await expectAccessible(page, 'interview: a further worker the children joined');
    await expectNoHorizontalScroll(page);
    await context.close();
  });
});
