/** The school contact API's replies as the page uses them: the types of its own schemas. */
import type { Static } from '@sinclair/typebox';
import type {
  OutcomeDetailKind,
  SchoolContactOutcomeCode,
  SchoolContactType,
} from '../../../core/recruitment/school-contact-log';
import type {
  SchoolContactLogReply,
  SchoolContactReply,
} from '../../../server/routes/school-contacts/school-contacts.schemas';

export { CONTACT_TYPES, OUTCOME_CODES, detailKindOf } from '../../../core/recruitment/school-contact-log';
export type { OutcomeDetailKind, SchoolContactOutcomeCode, SchoolContactType };

export type SchoolContactEntry = Static<typeof SchoolContactReply>;

/**
 * The month's log. Its schema builds the two count objects from the code lists at run time,
 * which TypeBox cannot type; they are keyed by those codes.
 */
export type SchoolContactLog = Omit<
  Static<typeof SchoolContactLogReply>,
  'countsByType' | 'countsByOutcome'
> & {
  countsByType: Record<SchoolContactType, number>;
  countsByOutcome: Record<SchoolContactOutcomeCode, number>;
};

/** A child the contact's "obtained referrals" names, as the form writes it. */
export interface ReferredChildDraft {
  firstName: string;
  lastSurname: string;
  birthDate: string;
  grade: string;
  guardianName: string;
  phone: string;
}

export function emptyReferredChild(): ReferredChildDraft {
  return { firstName: '', lastSurname: '', birthDate: '', grade: '', guardianName: '', phone: '' };
}

/** What the form sends: the outcomes checked, each with its detail. */
export interface SchoolContactDraft {
  contactDate: string;
  schoolId: string | null;
  contactType: SchoolContactType;
  /** Checked outcome codes → detail written (empty when none is asked). */
  outcomes: Partial<Record<SchoolContactOutcomeCode, string>>;
  notes: string;
  /** Children to add to the queue with this save (those added before are listed, not resent). */
  referrals: ReferredChildDraft[];
}

export function emptyDraft(today: string): SchoolContactDraft {
  return {
    contactDate: today,
    schoolId: null,
    contactType: 'drop_in',
    outcomes: {},
    notes: '',
    referrals: [],
  };
}

export function draftOf(entry: SchoolContactEntry): SchoolContactDraft {
  return {
    contactDate: entry.contactDate,
    schoolId: entry.schoolId,
    contactType: entry.contactType,
    outcomes: Object.fromEntries(entry.outcomes.map((o) => [o.code, o.detail ?? ''])),
    notes: entry.notes ?? '',
    referrals: [],
  };
}
