import { createContext, useContext } from 'react';

export type Role =
  | 'state_admin'
  | 'state_consultant'
  | 'region_director'
  | 'ir_manager'
  | 'data_specialist'
  | 'recruiter'
  | 'reviewer'
  | 'district_staff';

export interface Me {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  language: 'en' | 'es';
  regionId: string | null;
  regionNumber: number | null;
  regionName: string | null;
  districtId: string | null;
  districtName: string | null;
  permissions: string[];
}

export interface SessionReply {
  user: Me;
  csrfToken: string;
}

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
