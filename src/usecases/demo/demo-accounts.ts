import type { Role } from '../../core/people/roles';

/** The password of every demo account (printed by `npm start`; demo data only). */
export const DEMO_PASSWORD = 'ciclo-demo-2026';

/** The region and district the region and district accounts belong to. */
export const DEMO_REGION_NUMBER = 5;

export interface DemoAccount {
  role: Role;
  email: string;
  displayName: string;
  language: 'en' | 'es';
  /** State consultants read the regions assigned to them. */
  assignedRegionNumbers?: number[];
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    role: 'state_admin',
    email: 'admin@demo.ciclo.org',
    displayName: 'Alicia Navarro (state administrator)',
    language: 'en',
  },
  {
    role: 'state_consultant',
    email: 'consultant@demo.ciclo.org',
    displayName: 'Roberto Ibarra (state consultant)',
    language: 'en',
    assignedRegionNumbers: [3, 5, 23],
  },
  {
    role: 'region_director',
    email: 'director@demo.ciclo.org',
    displayName: 'Verónica Salazar (region director)',
    language: 'es',
  },
  {
    role: 'ir_manager',
    email: 'irmanager@demo.ciclo.org',
    displayName: 'Jorge Camacho (I&R manager)',
    language: 'es',
  },
  {
    role: 'data_specialist',
    email: 'data@demo.ciclo.org',
    displayName: 'Mei Chen (data specialist)',
    language: 'en',
  },
  {
    role: 'recruiter',
    email: 'recruiter@demo.ciclo.org',
    displayName: 'Rocío Fuentes (recruiter)',
    language: 'es',
  },
  {
    role: 'reviewer',
    email: 'reviewer@demo.ciclo.org',
    displayName: 'Daniel Ortega (designated reviewer)',
    language: 'en',
  },
  {
    role: 'district_staff',
    email: 'district@demo.ciclo.org',
    displayName: 'Sandra Ruiz (district staff)',
    language: 'en',
  },
];
