import type {
  OutcomeDetailKind,
  SchoolContactOutcomeCode,
  SchoolContactType,
} from '../../../core/recruitment/school-contact-log';
import type { Role } from '../../../core/people/roles';

export { CONTACT_TYPES, OUTCOME_CODES, detailKindOf } from '../../../core/recruitment/school-contact-log';
export type { OutcomeDetailKind, SchoolContactOutcomeCode, SchoolContactType };

/** The school contact API's replies as the page uses them (src/server/routes/school-contacts/school-contacts.schemas.ts). */
export interface SchoolContactEntry {
  id: string;
  userId: string;
  contactDate: string;
  schoolId: string;
  schoolName: string;
  districtName: string;
  regionId: string;
  contactType: SchoolContactType;
  outcomes: Array<{ code: SchoolContactOutcomeCode; detail: string | null }>;
  notes: string | null;
  abilities: { canEdit: boolean };
}

export interface SchoolContactLog {
  month: string;
  staff: { id: string; displayName: string; role: Role; regionId: string | null };
  entries: SchoolContactEntry[];
  total: number;
  schoolCount: number;
  countsByType: Record<SchoolContactType, number>;
  countsByOutcome: Record<SchoolContactOutcomeCode, number>;
}

/** What the form sends: the outcomes checked, each with its detail. */
export interface SchoolContactDraft {
  contactDate: string;
  schoolId: string | null;
  contactType: SchoolContactType;
  /** Checked outcome codes → detail written (empty when none is asked). */
  outcomes: Partial<Record<SchoolContactOutcomeCode, string>>;
  notes: string;
}

export function emptyDraft(today: string): SchoolContactDraft {
  return { contactDate: today, schoolId: null, contactType: 'drop_in', outcomes: {}, notes: '' };
}

export function draftOf(entry: SchoolContactEntry): SchoolContactDraft {
  return {
    contactDate: entry.contactDate,
    schoolId: entry.schoolId,
    contactType: entry.contactType,
    outcomes: Object.fromEntries(entry.outcomes.map((o) => [o.code, o.detail ?? ''])),
    notes: entry.notes ?? '',
  };
}
