import { describe, expect, inject, it } from 'vitest';
import { todayInState } from '../../src/web/app/format';
import { apiSession } from '../support/browser-api';
import { expectAccessible, expectNoHorizontalScroll, phonePage, signIn } from '../support/browser';

const baseUrl = inject('baseUrl');
const accounts = inject('accounts');
const phone = phonePage({ perTest: true });

// This run's notice: a family of two children going where no school of the region is, so the
// district the data specialist chooses takes it (docs/rules/msix.md X10.3).
const noticeId = `MN-BROWSER-${Date.now()}`;
const surname = `Avisó${Date.now().toString(36)}`;
const header =
  'Notice ID,Notice Date,MSIX ID,First Name,Last Name 1,Birth Date,Sex,Parent 1 Name,Family Phone,From State,From City,To City,To State,Comments';
const row = (msixId: string, firstName: string, birthDate: string) =>
  `${noticeId},${todayInState()},${msixId},${firstName},${surname},${birthDate},Female,Juana ${surname},520-555-0101,AZ,Yuma,Nowhere Flats,CA,Lettuce season`;
const file = [
  header,
  row('900000000001', 'Lucía', '2014-03-04'),
  row('900000000002', 'Elena', '2017-09-17'),
].join('\n');

describe('MSIX move notices on a phone', () => {
  it('a data specialist imports a family’s notice from the MSIX page with the keyboard', async () => {
    const page = phone.page;
    await signIn(page, baseUrl, accounts.dataSpecialist);
    await page.goto(`${baseUrl}/msix`);
    const card = page.getByRole('region', { name: 'Move notices from other states' });
    await card.getByText(/^\d+ notices? waiting for an outcome, \d+ overdue\.$/).waitFor();
    await card.getByRole('link', { name: 'Import move notices' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Import MSIX move notices', level: 1 }).waitFor();
    await page.getByRole('textbox', { name: /^District for notices/ }).click();
    await page.getByRole('option').first().click();
    await page.locator('input[type="file"]').setInputFiles({
      name: 'notices.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(file, 'utf8'),
    });
    await page.getByRole('button', { name: 'Import' }).focus();
    await page.keyboard.press('Enter');
    await page
      .getByText('1 notice in 2 rows: 1 imported, 0 imported before, 0 rows with problems.')
      .waitFor();
    await expectAccessible(page, 'move notice import');
    await expectNoHorizontalScroll(page);
  });

  it('the recruiter it is assigned to records the outcome on a phone, in Spanish', async () => {
    const manager = await apiSession(accounts.irManager);
    const recruiterApi = await apiSession(accounts.recruiter);
    const { user } = (await recruiterApi('GET', '/auth/me')) as { user: { id: string } };
    const { items } = (await manager('GET', '/msix/move-notices?open=true')) as {
      items: Array<{ noticeId: string; referralId: string }>;
    };
    const notice = items.find((item) => item.noticeId === noticeId)!;
    await manager('POST', '/referrals/assignments', {
      referralIds: [notice.referralId],
      recruiterId: user.id,
    });

    const page = phone.page;
    await signIn(page, baseUrl, accounts.recruiter);
    await page.locator('label[for$="-es"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'es');
    await page.goto(`${baseUrl}/referrals`);
    const task = page.getByRole('listitem').filter({ hasText: `Lucía ${surname}` });
    await task.getByText(/^Aviso de mudanza de MSIX · respuesta antes del /).waitFor();
    await task.getByRole('link', { name: `Lucía ${surname}` }).click();
    const panel = page.getByRole('region', { name: `Aviso de mudanza de MSIX ${noticeId}` });
    await panel.getByText('Esperando un resultado').waitFor();
    await panel.getByText('Desde Yuma, AZ').waitFor();
    await panel.getByText(/^Elena .* \(ID de MSIX 900000000002\)$/).waitFor();
    await panel.getByRole('textbox', { name: 'Resultado' }).click();
    await page.getByRole('option', { name: 'No encontrada' }).click();
    await panel.getByRole('button', { name: 'Guardar el resultado' }).click();
    await panel.getByText(/^Resultado: No encontrada el .*Aún no se ha enviado a MSIX\./).waitFor();
    await expectAccessible(page, 'move notice outcome in Spanish');
    await expectNoHorizontalScroll(page);
    await page.locator('label[for$="-en"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page
      .getByRole('region', { name: `MSIX move notice ${noticeId}` })
      .getByText(/^Outcome: Not found on /)
      .waitFor();
    expect(await page.getByText('Esperando un resultado').count()).toBe(0);
  });
});
