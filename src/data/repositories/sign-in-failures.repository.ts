/**
 * Failed sign-ins counted per account and source address together, so that guessing from one
 * address cannot lock the owner out everywhere, and an unknown email is counted exactly like a
 * known one. The counters live in `app_state` under a SHA-256 of the email and address (no
 * email or address is stored), one row per pair; each attempt is counted by one atomic upsert.
 */
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../db';

const KEY_PREFIX = 'sign_in_failures:';

/** The app_state key of an email (lower-case) signing in from a source address. */
export function signInFailuresKey(email: string, source: string): string {
  return KEY_PREFIX + createHash('sha256').update(`${email}\n${source}`).digest('hex');
}

/**
 * Count one sign-in attempt before its password is checked, and return how many attempts in a
 * row this one is (1 for the first). The count starts again after `windowMinutes` without an
 * attempt, or once a lock set by `lockSignInFailures` has passed. Concurrent attempts each get
 * their own number, so a caller refusing numbers above its limit refuses the extra ones.
 */
export async function countSignInAttempt(db: Db, key: string, now: Date, windowMinutes: number): Promise<number> {
  const at = now.toISOString();
  const windowStart = new Date(now.getTime() - windowMinutes * 60_000).toISOString();
  const result = await sql<{ attempts: number }>`
    insert into app_state (key, value)
    values (${key}, jsonb_build_object('attempts', 1, 'lastAt', ${at}::text, 'lockedUntil', null))
    on conflict (key) do update set value = case
      when (app_state.value ->> 'lockedUntil')::timestamptz <= ${at}::timestamptz
        or (app_state.value ->> 'lockedUntil' is null
            and (app_state.value ->> 'lastAt')::timestamptz <= ${windowStart}::timestamptz)
      then excluded.value
      else jsonb_build_object(
        'attempts', (app_state.value ->> 'attempts')::int + 1,
        'lastAt', ${at}::text,
        'lockedUntil', app_state.value -> 'lockedUntil')
      end
    returning (value ->> 'attempts')::int as attempts`.execute(db);
  return Number(result.rows[0]?.attempts ?? 1);
}

/** Lock an account from one source address until `lockedUntil`. */
export async function lockSignInFailures(db: Db, key: string, lockedUntil: Date): Promise<void> {
  await sql`
    update app_state
    set value = jsonb_set(value, '{lockedUntil}', to_jsonb(${lockedUntil.toISOString()}::text))
    where key = ${key}`.execute(db);
}

/** Forget the failures of an account from one source address (after a right password). */
export async function clearSignInFailures(db: Db, key: string): Promise<void> {
  await db.deleteFrom('app_state').where('key', '=', key).execute();
}

/** Remove counters whose lock has passed or that saw no attempt for `windowMinutes`; returns how many. */
export async function deleteStaleSignInFailures(db: Db, now: Date, windowMinutes: number): Promise<number> {
  const at = now.toISOString();
  const windowStart = new Date(now.getTime() - windowMinutes * 60_000).toISOString();
  const result = await sql`
    delete from app_state
    where key like ${`${KEY_PREFIX}%`}
      and coalesce((value ->> 'lockedUntil')::timestamptz <= ${at}::timestamptz,
                   (value ->> 'lastAt')::timestamptz <= ${windowStart}::timestamptz)`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}
