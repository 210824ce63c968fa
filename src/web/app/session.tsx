import type { Static } from '@sinclair/typebox';
import { createContext, useContext } from 'react';
import type {
  Me as MeSchema,
  SessionReply as SessionReplySchema,
} from '../../server/routes/auth/auth.schemas';

/** The signed-in user as GET /api/auth/me returns it. */
export type Me = Static<typeof MeSchema>;
export type SessionReply = Static<typeof SessionReplySchema>;

export interface Session {
  me: Me;
  can(permission: string): boolean;
  signOut(): Promise<void>;
  setLanguage(language: 'en' | 'es'): Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);

/** The signed-in user; only used below the signed-in layout. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in page');
  return session;
}
