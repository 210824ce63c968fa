import type { Db } from '../../data/db';
import { deleteSession } from '../../data/repositories/sessions.repository';

/** End the session of a cookie token (signing out changes no record, so nothing is audited). */
export async function signOut(db: Db, token: string | undefined): Promise<void> {
  if (token) await deleteSession(db, token);
}
