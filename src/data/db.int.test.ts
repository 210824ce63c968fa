import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './db';

const url = process.env.TEST_DATABASE_URL;

describe.skipIf(!url)('the PostgreSQL server connection pool', () => {
  it('survives the server closing an idle connection, and opens a new one for the next query', async () => {
    const handle = await openDatabase({ url });
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.message);
    process.on('warning', onWarning);
    try {
      const pid = (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(handle.db)).rows[0]!
        .pid;
      const admin = await openDatabase({ url });
      try {
        await sql`select pg_terminate_backend(${pid})`.execute(admin.db);
      } finally {
        await admin.close();
      }
      await expect
        .poll(() => warnings.some((message) => message.startsWith('PostgreSQL closed an idle connection')))
        .toBe(true);
      const after = (await sql<{ one: number }>`select 1 as one`.execute(handle.db)).rows[0]!.one;
      expect(after).toBe(1);
    } finally {
      process.off('warning', onWarning);
      await handle.close();
    }
  });
});
