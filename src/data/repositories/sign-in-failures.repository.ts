/**
 * Failed sign-ins counted per account and source address together, so that guessing from one
 * address cannot lock the owner out everywhere, and an unknown email is counted exactly like a
 * known one. A row's key is a SHA-256 of the email and address (neither is stored); each
 * attempt is counted by one atomic upsert.
 */
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../db';

/** The key of an email (lower-case) signing in from a source address. */
export function signInFailuresKey(email: string, source: string): string {
  return createHash('sha256').update(`${email}\n${source}`).digest('hex');
}

/**
 * Count one sign-in attempt before its password is checked, and return how many attempts in a
 * row this one is (1 for the first). The count starts again after `windowMinutes` without an
 * attempt, or once a lock set by `lockSignInFailures` has passed. Concurrent attempts each get
 * their own number, so a caller refusing numbers above its limit refuses the extra ones.
 */
export async function countSignInAttempt(db: Db, key: string, now: Date, windowMinutes: number): Promise<number> {
  const windowStart = new Date(now.getTime() - windowMinutes * 60_000);
  const row = await db
    .insertInto('sign_in_failures')
    .values({ key, attempts: 1, last_at: now, locked_until: null })
    .onConflict((conflict) =>
      conflict.column('key').doUpdateSet({
        attempts: sql<number>`case
          when sign_in_failures.locked_until <= ${now}
            or (sign_in_failures.locked_until is null and sign_in_failures.last_at <= ${windowStart})
          then 1 else sign_in_failures.attempts + 1 end`,
        locked_until: sql<Date | null>`case
          when sign_in_failures.locked_until <= ${now} then null else sign_in_failures.locked_until end`,
        last_at: now,
      }),
    )
    .returning('attempts')
    .executeTakeFirstOrThrow();
  return row.attempts;
}

/** Lock an account from one source address until `lockedUntil`. */
export async function lockSignInFailures(db: Db, key: string, lockedUntil: Date): Promise<void> {
  await db.updateTable('sign_in_failures').set({ locked_until: lockedUntil }).where('key', '=', key).execute();
}

/** Forget the failures of an account from one source address (after a right password). */
export async function clearSignInFailures(db: Db, key: string): Promise<void> {
  await db.deleteFrom('sign_in_failures').where('key', '=', key).execute();
}

/** Remove counters whose lock has passed or that saw no attempt for `windowMinutes`; returns how many. */
export async function deleteStaleSignInFailures(db: Db, now: Date, windowMinutes: number): Promise<number> {
  const windowStart = new Date(now.getTime() - windowMinutes * 60_000);
  const result = await db
    .deleteFrom('sign_in_failures')
    .where((eb) =>
      eb.or([
        eb('locked_until', '<=', now),
        eb.and([eb('locked_until', 'is', null), eb('last_at', '<=', windowStart)]),
      ]),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
