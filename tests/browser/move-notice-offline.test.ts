import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatDate, todayInState } from '../../src/web/app/format';
import {
  PHONE,
  expectAccessible,
  expectNoHorizontalScroll,
  launchChromium,
  signIn,
} from '../support/browser';
import { apiSession } from '../support/browser-api';
import { uploadForm } from '../support/upload-form';

const baseUrl = inject('baseUrl');
const accounts = inject('accounts');
let browser: Browser;

// This run's notice: a family from Yuma going where no school of the region is, so the
// district the data specialist chooses takes it (docs/rules/msix.md X10.3).
const noticeId = `MN-OFFLINE-${Date.now()}`;
const surname = `Sinred${Date.now().toString(36)}`;
const file = [
  'Notice ID,Notice Date,MSIX ID,First Name,Last Name 1,Birth Date,Parent 1 Name,Family Phone,From State,From City,To City,To State,Comments',
  `${noticeId},${todayInState()},900000000031,Rosa,${surname},2015-05-06,Irma ${surname},520-555-0131,AZ,Yuma,Nowhere Flats,CA,Melon harvest`,
].join('\n');

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The notice imported and its task assigned to the recruiter, as the region's staff would. */
async function taskOfRecruiter(): Promise<{ referralId: string; dueDate: string }> {
  const specialist = await apiSession(accounts.dataSpecialist);
  const manager = await apiSession(accounts.irManager);
  const recruiterApi = await apiSession(accounts.recruiter);
  const { user } = (await recruiterApi('GET', '/auth/me')) as { user: { id: string; regionId: string } };
  const districts = (await manager('GET', `/districts?regionId=${user.regionId}`)) as {
    items: { id: string }[];
  };
  await specialist(
    'POST',
    '/msix/move-notices/imports',
    uploadForm({ districtId: districts.items[0]!.id }, [{ name: 'notices.csv', content: file }]),
  );
  const { items } = (await manager('GET', '/msix/move-notices?open=true')) as {
    items: Array<{ noticeId: string; referralId: string; dueDate: string }>;
  };
  const notice = items.find((item) => item.noticeId === noticeId)!;
  await manager('POST', '/referrals/assignments', { referralIds: [notice.referralId], recruiterId: user.id });
  return notice;
}

/** The copies of server answers this device keeps (ID8). */
function copiesKept(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('ciclo-device');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          if (!open.result.objectStoreNames.contains('records')) return resolve(0);
          const keys = open.result.transaction('records').objectStore('records').getAllKeys();
          keys.onsuccess = () =>
            resolve(keys.result.filter((key) => String(key).startsWith('synced:')).length);
          keys.onerror = () => reject(keys.error);
        };
      }),
  );
}

describe('a move notice kept offline with its task (ID8, X10)', () => {
  it('the recruiter reads the notice and its deadline without a network, in Spanish on a phone, by keyboard', async () => {
    const { referralId, dueDate } = await taskOfRecruiter();
    const name = `Rosa ${surname}`;

    const context = await browser.newContext({ viewport: PHONE, locale: 'es-US' });
    const page = await context.newPage();
    await signIn(page, baseUrl, accounts.recruiter);
    await page.locator('label[for$="-es"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'es');
    await page.goto(`${baseUrl}/referrals`);
    // the service worker keeps the app, so that its pages open without a network (ID6)
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 60_000,
    });
    await page.getByRole('link', { name }).focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('region', { name: `Aviso de mudanza de MSIX ${noticeId}` });
    // read online: the notice is kept on the phone with the referral, its form there
    await panel.getByRole('button', { name: 'Guardar el resultado' }).waitFor();

    const due = `Respuesta antes del ${formatDate(dueDate, 'es')}`;
    const readOffline = async (where: string) => {
      await page.getByRole('heading', { name, level: 1 }).waitFor();
      await panel.getByText('Desde Yuma, AZ').waitFor();
      await panel.getByText(due).waitFor();
      await panel.getByText('Esperando un resultado').waitFor();
      await panel.getByText(/^Rosa .*\(ID de MSIX 900000000031\)$/).waitFor();
      const synced = panel
        .getByRole('status')
        .filter({ hasText: 'Sin red: se muestra como se sincronizó por última vez' });
      await synced.getByText(/tal como se sincronizó por última vez el .+\./).waitFor();
      await synced
        .getByText('Anotar el resultado necesita la red: el formulario vuelve cuando vuelva la red.')
        .waitFor();
      await expect(panel.getByRole('button', { name: 'Guardar el resultado' }).count()).resolves.toBe(0);
      await expectAccessible(page, where);
      await expectNoHorizontalScroll(page);
    };

    // The network goes and the page is reloaded: the notice as last synced, read-only.
    await context.setOffline(true);
    await page.reload();
    await readOffline('move notice as last synced, in Spanish');

    // Back to the queue and into the task again, by keyboard, still without a network.
    await page.getByRole('link', { name: '← Fila de contactos' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name }).focus();
    await page.keyboard.press('Enter');
    await readOffline('move notice as last synced, opened again');
    expect(page.url()).toBe(`${baseUrl}/referrals/${referralId}`);

    // The network returns: the notice is read again and its form comes back.
    await context.setOffline(false);
    await panel.getByRole('button', { name: 'Guardar el resultado' }).waitFor({ timeout: 30_000 });
    await expect(panel.getByRole('status').count()).resolves.toBe(0);
    await context.close();
  });

  it('keeps nothing on the device of a role that keeps no copies (the data specialist)', async () => {
    const specialist = await apiSession(accounts.dataSpecialist);
    const { items } = (await specialist('GET', '/msix/move-notices')) as {
      items: Array<{ noticeId: string; referralId: string }>;
    };
    const notice = items.find((item) => item.noticeId === noticeId)!;
    const context = await browser.newContext({ viewport: PHONE, locale: 'en-US' });
    const page = await context.newPage();
    await signIn(page, baseUrl, accounts.dataSpecialist);
    await page.goto(`${baseUrl}/referrals/${notice.referralId}`);
    await page
      .getByRole('region', { name: `MSIX move notice ${noticeId}` })
      .getByText('From Yuma, AZ')
      .waitFor();
    await expect(copiesKept(page)).resolves.toBe(0);
    await context.close();
  });
});
