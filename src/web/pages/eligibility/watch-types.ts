/** The watch list API's shapes (src/server/routes/eligibility/eligibility.schemas.ts). */
export type WatchKind = 'ending' | 'residency-due';

export const WATCH_KINDS: readonly WatchKind[] = ['ending', 'residency-due'];
export const WATCH_DAYS = ['30', '60', '90'] as const;

export interface WatchItem {
  childId: string;
  firstName: string;
  lastSurname: string;
  secondSurname: string | null;
  studentNumber: string;
  regionNumber: number;
  qad: string;
  eligibilityEndDate: string | null;
  eligibilityYear: number;
  lastResidencyContact: string | null;
}
