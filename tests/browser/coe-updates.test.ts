import { describe, expect, inject, it } from 'vitest';
import { apiSession } from '../support/browser-api';
import { expectAccessible, expectNoHorizontalScroll, phonePage, signIn } from '../support/browser';
import { uploadForm } from '../support/upload-form';

const baseUrl = inject('baseUrl');
const accounts = inject('accounts');
const phone = phonePage({ perTest: true });
/** A one-pixel PNG: a drawn signature as the pad sends it. */
const SIGNATURE =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/** Letters only (names refuse digits): this run's own family name, so its rows are its own. */
const runName = `Quiroga${Date.now()
  .toString()
  .slice(-6)
  .replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!)}`;

const interview = {
  interviewDate: '2019-08-20',
  state: 'CA',
  workers: [{ id: 'w-joe', name: 'Joel Quiroga' }],
  children: [
    { id: 'c-daughter', birthDate: '2011-02-10', workers: [{ worker: 'w-joe', relation: 'parent' }] },
    { id: 'c-son', birthDate: '2013-05-05', workers: [{ worker: 'w-joe', relation: 'parent' }] },
  ],
  moves: [
    {
      id: 'm1',
      date: '2019-07-01',
      from: { residence: 'Family home, Olopa', city: 'Olopa', state: 'Chiquimula', country: 'GT' },
      to: {
        residence: 'Camp 4, Salinas',
        schoolDistrict: 'Salinas Union High',
        city: 'Salinas',
        state: 'CA',
      },
      movers: ['w-joe', 'c-daughter', 'c-son'],
      economicNecessity: true,
      work: [
        {
          worker: 'w-joe',
          outcome: 'obtained',
          sector: 'agricultural',
          employment: 'seasonal',
          startDate: '2019-07-03',
          description: 'Picking lettuce',
        },
      ],
    },
  ],
};

describe('what an approved COE updates, on a phone', () => {
  it('the reviewer approves a COE from a referral; the referral is closed and district staff find the child enrolled', async () => {
    const manager = await apiSession(accounts.irManager);
    const recruiter = await apiSession(accounts.recruiter);
    const me = (await recruiter('GET', '/auth/me')).user;
    const districtStaff = await apiSession(accounts.districtStaff);
    const districtId = (await districtStaff('GET', '/auth/me')).user.districtId as string;
    const list = [
      'First Name,Last Name,Birthdate,Guardian,Phone',
      `Lucía,${runName} Pérez,2011-02-10,María Pérez,(831) 555-0111`,
      `Mateo,${runName} Pérez,2013-05-05,María Pérez,(831) 555-0111`,
    ].join('\n');
    await manager(
      'POST',
      '/referrals/imports',
      // its own columns: the district's saved mapping is another test's list
      uploadForm(
        {
          districtId,
          mapping: {
            firstName: 'First Name',
            lastSurname: 'Last Name',
            birthDate: 'Birthdate',
            guardianName: 'Guardian',
            phone: 'Phone',
          },
        },
        [{ name: `${runName}.csv`, content: list }],
      ),
    );
    const referrals = (await manager('GET', '/referrals?assignee=all&status=open&limit=100')).items.filter(
      (r: { lastSurname: string }) => r.lastSurname.startsWith(runName),
    ) as Array<{ id: string; firstName: string }>;
    expect(referrals).toHaveLength(2);
    const lucia = referrals.find((r) => r.firstName === 'Lucía')!;

    const family = await recruiter('POST', '/families', {
      regionId: me.regionId,
      familyName: `${runName} Pérez`,
      members: [],
    });
    const child = (firstName: string, birthDate: string, sex: string) => ({
      firstName,
      lastSurname: runName,
      secondSurname: 'Pérez',
      birthDate,
      birthCountry: 'GT',
      sex,
    });
    const coe = await recruiter('POST', '/coes', {
      regionId: me.regionId,
      referralId: lucia.id,
      familyId: family.id,
      interview,
      children: [
        { interviewChildId: 'c-daughter', newChild: child('Lucía', '2011-02-10', 'female') },
        { interviewChildId: 'c-son', newChild: child('Mateo', '2013-05-05', 'male') },
      ],
      residencyDate: '2019-07-01',
      qualifyingWork: 'Picking lettuce',
    });
    await recruiter('POST', `/coes/${coe.id}/signature`, {
      kind: 'paper',
      signerName: 'María Pérez',
      signedOn: '2019-08-20',
    });
    await recruiter('POST', `/coes/${coe.id}/submit`);

    await signIn(phone.page, baseUrl, accounts.reviewer);
    await phone.page.goto(`${baseUrl}/coes/${coe.id}`);
    await phone.page.getByRole('heading', { name: 'Certificate of eligibility', level: 1 }).waitFor();
    await phone.page.getByText(/\(the children are enrolled there on approval\)$/).waitFor();
    // The saved trace in the recruiter's words: people and places, not the interview's ids.
    await phone.page
      .getByText(/^Joel Quiroga's move from .+ to Salinas on 2019-07-01 is a qualifying move/)
      .first()
      .waitFor();
    await phone.page
      .getByText(/^Lucía .+ moved with Joel Quiroga from .+ to Salinas/)
      .first()
      .waitFor();
    expect(await phone.page.getByText(/\b(m1|w-joe|c-daughter|c-son)\b/).count()).toBe(0);
    await expectAccessible(phone.page, 'COE before approval');
    await phone.page.getByRole('button', { name: 'Approve' }).click();
    await phone.page.getByText('Approved', { exact: true }).first().waitFor();
    await expectNoHorizontalScroll(phone.page);
    // The COE list finds it by the family's name and the day of the interview.
    await phone.page.goto(`${baseUrl}/coes?view=all`);
    const search = phone.page.getByRole('search', { name: 'Search the COEs' });
    await search.getByLabel('Family').fill(runName.toLowerCase());
    await search.getByLabel('Interviewed from').fill('2019-08-20');
    await phone.page.getByRole('link', { name: `${runName} Pérez` }).waitFor();
    await phone.page.getByText('1 COE', { exact: true }).waitFor();
    // Below 600 px the list is cards, and a badge shows its whole text.
    const card = phone.page.getByRole('listitem').filter({ hasText: `${runName} Pérez` });
    const badge = card.getByText('Approved', { exact: true });
    await badge.waitFor();
    await expect(badge.evaluate((el) => el.scrollWidth <= el.clientWidth)).resolves.toBe(true);
    await expectAccessible(phone.page, 'COE list searched');
    await expectNoHorizontalScroll(phone.page);
    await phone.page.getByRole('button', { name: 'Sign out' }).click();

    await signIn(phone.page, baseUrl, accounts.irManager);
    await phone.page.goto(`${baseUrl}/referrals/${lucia.id}`);
    await phone.page.getByText("Closed: the family's certificate of eligibility was approved").waitFor();
    await expect(phone.page.getByText('Closed', { exact: true }).count()).resolves.toBe(1);
    // The family's phone is one tap to call, the address opens in the maps.
    await expect(phone.page.getByRole('link', { name: '(831) 555-0111' }).getAttribute('href')).resolves.toBe(
      'tel:8315550111',
    );
    await expectAccessible(phone.page, 'referral closed by a COE');
    for (const referral of referrals)
      expect((await manager('GET', `/referrals/${referral.id}`)).status, referral.firstName).toBe('closed');
    await phone.page.getByRole('button', { name: 'Sign out' }).click();

    const approved = await recruiter('GET', `/coes/${coe.id}`);
    const daughterId = approved.children.find(
      (c: { interviewChildId: string }) => c.interviewChildId === 'c-daughter',
    ).childId as string;
    await signIn(phone.page, baseUrl, accounts.districtStaff);
    await phone.page.goto(`${baseUrl}/children/${daughterId}`);
    await phone.page.getByRole('heading', { name: `Lucía ${runName} Pérez`, level: 1 }).waitFor();
    await phone.page.getByText('Jul 1, 2019').first().waitFor();
    await expectAccessible(phone.page, 'child enrolled on approval, seen by district staff');
    await expectNoHorizontalScroll(phone.page);
    await phone.page.getByRole('button', { name: 'Sign out' }).click();
  });

  it('the reviewer sees the drawn signature; a correction of the facts after a return asks the parent to sign again', async () => {
    const recruiter = await apiSession(accounts.recruiter);
    const reviewer = await apiSession(accounts.reviewer);
    const me = (await recruiter('GET', '/auth/me')).user;
    const coe = await recruiter('POST', '/coes', {
      regionId: me.regionId,
      interview,
      children: [
        {
          interviewChildId: 'c-daughter',
          newChild: {
            firstName: 'Elena',
            lastSurname: runName,
            birthDate: '2011-02-10',
            birthCountry: 'GT',
            sex: 'female',
          },
        },
        {
          interviewChildId: 'c-son',
          newChild: {
            firstName: 'Tomás',
            lastSurname: runName,
            birthDate: '2013-05-05',
            birthCountry: 'GT',
            sex: 'male',
          },
        },
      ],
      residencyDate: '2019-07-01',
      qualifyingWork: 'Picking lettuce',
    });
    await recruiter('POST', `/coes/${coe.id}/signature`, {
      kind: 'drawn',
      imageDataUrl: SIGNATURE,
      signerName: 'Elena Quiroga',
      signedOn: '2019-08-20',
    });
    await recruiter('POST', `/coes/${coe.id}/submit`);

    await signIn(phone.page, baseUrl, accounts.reviewer);
    await phone.page.goto(`${baseUrl}/coes/${coe.id}`);
    const picture = phone.page.getByRole('img', { name: 'The signature of Elena Quiroga, as drawn' });
    await picture.waitFor();
    await expect(
      picture.evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth)),
    ).resolves.toBe(1);
    await phone.page.getByRole('button', { name: 'Sign out' }).click();
    await reviewer('POST', `/coes/${coe.id}/review`, {
      decision: 'return',
      comments: 'The family arrived on July 2.',
    });

    await signIn(phone.page, baseUrl, accounts.recruiter);
    await phone.page.goto(`${baseUrl}/coes/${coe.id}`);
    await phone.page.getByRole('heading', { name: 'Correct the COE' }).waitFor();
    await phone.page.getByLabel('Residency date').fill('2019-07-02');
    await phone.page.getByRole('button', { name: 'Save and resubmit for review' }).click();
    await phone.page.getByText('The parent signs again').waitFor();
    await phone.page.getByText('Not signed yet').waitFor();
    await expect(phone.page.getByText('Returned', { exact: true }).count()).resolves.toBeGreaterThan(0);
    await expectAccessible(phone.page, 'COE to sign again');
    await expectNoHorizontalScroll(phone.page);
    await phone.page.getByRole('button', { name: 'Sign out' }).click();
  });
});
