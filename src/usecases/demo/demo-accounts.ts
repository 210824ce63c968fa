import type { Role } from '../../core/people/roles';

/** The password of every demo account (printed by `npm start`; demo data only). */
export const DEMO_PASSWORD = 'ciclo-demo-2026';

/** The region and district the region and district accounts belong to. */
export const DEMO_REGION_NUMBER = 5;

export interface DemoAccount {
  role: Role;
  email: string;
  /** A person's name only: the app names the role itself, in the user's language. */
  displayName: string;
  /**
   * English, like every new account: a demo account never switches a visitor's pages to
   * another language unasked. A visitor who picks Spanish on the sign-in page gets Spanish,
   * and the account keeps it (SignInPage).
   */
  language: 'en' | 'es';
  /** State consultants read the regions assigned to them. */
  assignedRegionNumbers?: number[];
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    role: 'state_admin',
    email: 'admin@demo.ciclo.org',
    displayName: 'Alicia Navarro',
    language: 'en',
  },
  {
    role: 'state_consultant',
    email: 'consultant@demo.ciclo.org',
    displayName: 'Roberto Ibarra',
    language: 'en',
    assignedRegionNumbers: [3, 5, 23],
  },
  {
    role: 'region_director',
    email: 'director@demo.ciclo.org',
    displayName: 'Verónica Salazar',
    language: 'en',
  },
  {
    role: 'ir_manager',
    email: 'irmanager@demo.ciclo.org',
    displayName: 'Jorge Camacho',
    language: 'en',
  },
  {
    role: 'data_specialist',
    email: 'data@demo.ciclo.org',
    displayName: 'Mei Chen',
    language: 'en',
  },
  {
    role: 'recruiter',
    email: 'recruiter@demo.ciclo.org',
    displayName: 'Rocío Fuentes',
    language: 'en',
  },
  // A second recruiter of the demo region, so the Recruiters' workload page compares two.
  {
    role: 'recruiter',
    email: 'recruiter2@demo.ciclo.org',
    displayName: 'Luis Herrera',
    language: 'en',
  },
  {
    role: 'reviewer',
    email: 'reviewer@demo.ciclo.org',
    displayName: 'Daniel Ortega',
    language: 'en',
  },
  {
    role: 'district_staff',
    email: 'district@demo.ciclo.org',
    displayName: 'Sandra Ruiz',
    language: 'en',
  },
];
