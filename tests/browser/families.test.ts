import { describe, expect, inject, it } from 'vitest';
import { apiSession } from '../support/browser-api';
import { expectAccessible, expectNoHorizontalScroll, phonePage, signIn } from '../support/browser';

const baseUrl = inject('baseUrl');
const accounts = inject('accounts');
const phone = phonePage({ perTest: true });

describe("a family's page on a phone, in Spanish", () => {
  it("a recruiter records the parents' sex for MSIX by keyboard, is told when someone changed the family meanwhile, and adds a member", async () => {
    const recruiter = await apiSession(accounts.recruiter);
    const { regionId } = await recruiter('GET', `/children/${inject('childId')}`);
    const family = await recruiter('POST', '/families', {
      regionId,
      familyName: 'López Ruiz',
      members: [
        { relation: 'parent', firstName: 'Rosa', lastSurname: 'López' },
        { relation: 'parent', firstName: 'Juan', lastSurname: 'Ruiz', isQualifyingWorker: true },
      ],
    });

    const page = phone.page;
    await signIn(page, baseUrl, accounts.recruiter);
    await page.locator('label[for$="-es"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'es');
    await page.goto(`${baseUrl}/families/${family.id}`);
    await page.getByRole('heading', { name: 'Familia López Ruiz', level: 1 }).waitFor();
    await page.getByText('Ningún niño de esta familia que usted pueda ver.').waitFor();
    await expectAccessible(page, 'family page in Spanish');
    await expectNoHorizontalScroll(page);

    // By keyboard: Rosa's sex chosen, then Tab to its button and Enter.
    const rosa = page.getByRole('form', { name: 'Sexo de Rosa López' });
    const rosaSex = rosa.getByRole('combobox', { name: /^Sexo, para los nombres de los padres en MSIX/ });
    await expect(rosaSex.inputValue()).resolves.toBe('');
    await rosaSex.focus();
    await rosaSex.selectOption({ label: 'Mujer' });
    // The button is enabled once a choice differs from what is saved.
    await expect.poll(() => rosa.getByRole('button', { name: 'Guardar' }).isEnabled()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await recruiter('GET', `/families/${family.id}`)).members[0].sex)
      .toBe('female');
    await expect(rosa.getByRole('button', { name: 'Guardar' }).isDisabled()).resolves.toBe(true);

    // Someone renames the family meanwhile: the page's version is stale, and it says so.
    await recruiter('PATCH', `/families/${family.id}`, { familyName: 'López Ruiz de Soto', version: 2 });
    const juan = page.getByRole('form', { name: 'Sexo de Juan Ruiz' });
    await juan.getByRole('combobox').selectOption({ label: 'Hombre' });
    await juan.getByRole('button', { name: 'Guardar' }).click();
    await juan
      .getByRole('alert')
      .getByText(/^Otra persona cambió esta familia desde que la abrió/)
      .waitFor();
    await expectAccessible(page, 'family page with a stale save');
    await juan.getByRole('button', { name: 'Volver a cargar' }).click();
    await page.getByRole('heading', { name: 'Familia López Ruiz de Soto', level: 1 }).waitFor();
    const juanAgain = page.getByRole('form', { name: 'Sexo de Juan Ruiz' });
    await juanAgain.getByRole('combobox').selectOption({ label: 'Hombre' });
    await juanAgain.getByRole('button', { name: 'Guardar' }).click();
    await expect
      .poll(async () => (await recruiter('GET', `/families/${family.id}`)).members[1].sex)
      .toBe('male');

    await page.getByRole('button', { name: 'Agregar un miembro' }).click();
    const add = page.getByRole('form', { name: 'Agregar un miembro' });
    await add.getByRole('combobox', { name: 'Parentesco' }).selectOption({ label: 'Tutor' });
    await add.getByRole('textbox', { name: /^Nombre/ }).fill('Tomás');
    await add.getByRole('textbox', { name: /^Primer apellido/ }).fill('Soto');
    await add.getByRole('combobox', { name: /^Sexo/ }).selectOption({ label: 'Hombre' });
    await expectAccessible(page, 'add a member form in Spanish');
    await expectNoHorizontalScroll(page);
    await add.getByRole('button', { name: 'Agregar' }).click();
    await page.getByRole('form', { name: 'Sexo de Tomás Soto' }).waitFor();
    const members = (await recruiter('GET', `/families/${family.id}`)).members;
    expect(members.map((m: { firstName: string; sex: string | null }) => [m.firstName, m.sex])).toEqual([
      ['Rosa', 'female'],
      ['Juan', 'male'],
      ['Tomás', 'male'],
    ]);
  });
});
