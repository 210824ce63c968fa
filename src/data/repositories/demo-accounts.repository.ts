import type { Db } from '../db';

/** Which of these emails belong to active users, sorted. */
export async function listActiveUserEmails(db: Db, emails: readonly string[]): Promise<string[]> {
  if (emails.length === 0) return [];
  const rows = await db
    .selectFrom('users')
    .select('email')
    .where('email', 'in', [...emails])
    .where('is_active', '=', true)
    .orderBy('email')
    .execute();
  return rows.map((row) => row.email);
}
