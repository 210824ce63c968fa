import type {
  SchoolContactEntry,
  MonthlySchoolContactLog,
  SchoolContactOutcome,
} from '../../core/recruitment/school-contact-log';
import type { Role } from '../../core/people/roles';
import type { SchoolContactRow } from '../../data/repositories/school-contacts.repository';

/** A referral a contact's "obtained referrals" brought, as the log names it. */
export interface ObtainedReferral {
  id: string;
  firstName: string;
  lastSurname: string;
  birthDate: string;
}

/** A line of the log as the API returns it: the entry, its district, and what the reader may do. */
export interface SchoolContactRecord extends SchoolContactEntry {
  userId: string;
  districtName: string;
  regionId: string;
  /** The referrals the contact brought into the queue that the reader may read. */
  referrals: ObtainedReferral[];
  /** The entry's version: send it back to edit or delete it. */
  version: number;
  abilities: { canEdit: boolean };
}

/** The staff member whose log it is (the source's "MEP Staff Name" and "Position Title"). */
export interface SchoolContactStaff {
  id: string;
  displayName: string;
  role: Role;
  /** The user's position title (PT1.1), which the log prints; null when none was entered. */
  positionTitle: string | null;
  regionId: string | null;
}

export interface SchoolContactLogRecord extends MonthlySchoolContactLog<SchoolContactRecord> {
  staff: SchoolContactStaff;
}

/** The outcomes column as stored (`[{ code, detail }]`); PGlite and pg both hand back parsed JSON. */
function outcomesOf(stored: unknown): SchoolContactOutcome[] {
  const list = typeof stored === 'string' ? (JSON.parse(stored) as unknown) : stored;
  return Array.isArray(list) ? (list as SchoolContactOutcome[]) : [];
}

export function toSchoolContactRecord(
  row: SchoolContactRow,
  canEdit: boolean,
  referrals: ObtainedReferral[] = [],
): SchoolContactRecord {
  return {
    id: row.id,
    userId: row.user_id,
    contactDate: row.contact_date,
    schoolId: row.school_id,
    schoolName: row.school_name,
    districtName: row.district_name,
    regionId: row.region_id,
    contactType: row.contact_type,
    outcomes: outcomesOf(row.outcomes),
    notes: row.notes,
    referrals,
    version: row.version,
    abilities: { canEdit },
  };
}
