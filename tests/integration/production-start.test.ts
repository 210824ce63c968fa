import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config';
import { demoAccountsPresent, demoAccountsRefusal } from '../../src/usecases/demo/demo-accounts-present';
import { buildUser } from '../factories';
import { startTestApp, type TestApp } from '../support/test-app';
import { TEST_DATABASES } from '../support/test-databases';

describe('production defaults', () => {
  it('never loads the demo dataset in production, and refuses CICLO_DEMO=1 there', () => {
    expect(readConfig({ NODE_ENV: 'production' })).toMatchObject({ production: true, loadDemo: false });
    expect(readConfig({ CICLO_DEMO: '0' })).toMatchObject({ production: false, loadDemo: false });
    expect(readConfig({})).toMatchObject({ production: false, loadDemo: true, allowDemoAccounts: false });
    expect(() => readConfig({ NODE_ENV: 'production', CICLO_DEMO: '1' })).toThrow(
      'CICLO_DEMO: the demo dataset is never loaded in production',
    );
  });

  it('refuses to start in production with demo accounts, unless CICLO_ALLOW_DEMO_ACCOUNTS=1', () => {
    const present = ['admin@demo.ciclo.org'];
    expect(demoAccountsRefusal(readConfig({ NODE_ENV: 'production' }), present)).toContain(
      'Refusing to start in production: the demo accounts admin@demo.ciclo.org exist',
    );
    expect(
      demoAccountsRefusal(readConfig({ NODE_ENV: 'production', CICLO_ALLOW_DEMO_ACCOUNTS: '1' }), present),
    ).toBeNull();
    expect(demoAccountsRefusal(readConfig({ NODE_ENV: 'production' }), [])).toBeNull();
    expect(demoAccountsRefusal(readConfig({}), present)).toBeNull();
  });
});

describe.each(TEST_DATABASES)('the demo accounts a database holds on $name', (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(database);
  });
  afterAll(() => t.close());

  it('finds the active demo accounts only', async () => {
    const before = await demoAccountsPresent(t.handle.db);
    const user = await buildUser(t.handle.db, { role: 'state_admin' });
    await t.handle.db
      .updateTable('users')
      .set({ email: 'admin@demo.ciclo.org' })
      .where('id', '=', user.id)
      .execute();
    expect(await demoAccountsPresent(t.handle.db)).toContain('admin@demo.ciclo.org');
    await t.handle.db.updateTable('users').set({ is_active: false }).where('id', '=', user.id).execute();
    expect(await demoAccountsPresent(t.handle.db)).toEqual(
      before.filter((e) => e !== 'admin@demo.ciclo.org'),
    );
    await t.handle.db.deleteFrom('users').where('id', '=', user.id).execute();
  });
});
