import { randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { apiSession } from '../support/browser-api';
import { expectAccessible, expectNoHorizontalScroll, phonePage, signIn } from '../support/browser';

const baseUrl = inject('baseUrl');
const accounts = inject('accounts');
const phone = phonePage({ perTest: true });

/** A child of the recruiter's region with two imported history students that may be them. */
async function childWithHistory(): Promise<{ childId: string; same: string; other: string }> {
  const recruiter = await apiSession(accounts.recruiter);
  const admin = await apiSession(accounts.stateAdmin);
  const known = await recruiter('GET', `/children/${inject('childId')}`);
  const child = await recruiter('POST', '/children', {
    regionId: known.regionId,
    firstName: 'Remedios',
    lastSurname: 'Historia',
    birthDate: '2013-05-06',
    birthCountry: 'MX',
    sex: 'female',
  });
  const suffix = randomUUID().slice(0, 8);
  const same = `HB-${suffix}-1`;
  const other = `HB-${suffix}-2`;
  const file = new FormData();
  file.append(
    'file',
    new Blob(
      [
        [
          'student_id,coe_id,region,birth_date,qad,residency_date,recruitment_date,worker_move_date,moved_with_worker',
          `${same},OLD-${suffix}-1,${known.regionNumber},2013-05-06,2019-10-01,2019-10-01,2019-10-15,2019-10-01,Y`,
          `${other},OLD-${suffix}-2,${known.regionNumber},2013-06-05,2020-02-01,2020-02-01,2020-02-10,2020-02-01,Y`,
        ].join('\n'),
      ],
      { type: 'text/csv' },
    ),
    'history.csv',
  );
  await admin('POST', '/qualifications/imports', file);
  return { childId: child.id, same, other };
}

describe("a child's imported history, confirmed on a phone", () => {
  it('a recruiter says which imported history is the child and which is not, by keyboard, and is told when someone changed the child meanwhile', async () => {
    const { childId, same, other } = await childWithHistory();
    await signIn(phone.page, baseUrl, accounts.recruiter);
    await phone.page.goto(`${baseUrl}/children/${childId}`);
    const section = phone.page.getByRole('region', { name: 'Imported history' });
    await section.getByText('No imported history is confirmed as this child.').waitFor();
    await section.getByText(`History ${same}`, { exact: true }).waitFor();
    await section.getByText(`History ${other}`, { exact: true }).waitFor();
    await expectAccessible(phone.page, 'child page with imported history');
    await expectNoHorizontalScroll(phone.page);

    // By keyboard: the first is this child.
    await section.getByRole('button', { name: `This is the same child: history ${same}` }).focus();
    await phone.page.keyboard.press('Enter');
    await section
      .getByRole('status')
      .filter({ hasText: `Saved: this child is the imported history ${same}.` })
      .waitFor();
    await section.getByText(`This child is the imported history ${same}.`, { exact: true }).waitFor();
    await expect(
      section.getByRole('button', { name: `This is the same child: history ${same}` }).count(),
    ).resolves.toBe(0);

    // The second, born with day and month swapped, is not.
    await section.getByRole('button', { name: `Not this child: history ${other}` }).click();
    await section.getByRole('button', { name: `Ask again about history ${other}` }).waitFor();
    const otherItem = section.getByRole('listitem').filter({ hasText: `History ${other}` });
    await expect(otherItem.getByText('Not this child', { exact: true }).count()).resolves.toBe(1);
    await expectAccessible(phone.page, 'imported history answered');

    // Someone else undoes the link meanwhile: the page says so plainly and reads it again.
    const recruiter = await apiSession(accounts.recruiter);
    const now = await recruiter('GET', `/children/${childId}/history`);
    await recruiter('PUT', `/children/${childId}/history`, {
      historyStudentId: null,
      version: now.version,
    });
    await section.getByRole('button', { name: `Not this child: history ${same}` }).click();
    await section
      .getByRole('alert')
      .filter({ hasText: 'Someone changed this child since you opened the page.' })
      .waitFor();
    await section.getByText('No imported history is confirmed as this child.').waitFor();
    await expectAccessible(phone.page, 'imported history changed meanwhile');

    // In Spanish.
    await recruiter('PATCH', '/auth/me', { language: 'es' });
    await phone.page.reload();
    const seccion = phone.page.getByRole('region', { name: 'Historial importado' });
    await seccion.getByRole('button', { name: `Es el mismo niño: historial ${same}` }).waitFor();
    await seccion.getByRole('button', { name: `Volver a preguntar por el historial ${other}` }).waitFor();
    await expectAccessible(phone.page, 'imported history in Spanish');
    await expectNoHorizontalScroll(phone.page);
    await recruiter('PATCH', '/auth/me', { language: 'en' });
  });
});
