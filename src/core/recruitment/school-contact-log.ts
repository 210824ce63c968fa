/**
 * The IDR School Contact Log of the I&R professional learning network: each contact a
 * staff member makes with a school — its date, school, type of attempt and outcomes
 * (codes of the source, some with a detail: whose position, who gave referrals, with whom
 * a message was left, what kind of presentation) — and the log of one staff member's month.
 */
import { compareDates, daysInMonth, isCalendarDate, type CalendarDate } from '../common/calendar-date';
import { DomainError, type FieldProblem } from '../common/domain-error';
import {
  manualReferralProblems,
  validateManualReferral,
  type ManualReferralInput,
  type ReferralFacts,
} from './referral';

/** Type codes of the source: how the contact was attempted. */
export const CONTACT_TYPES = ['phone_contact', 'drop_in', 'scheduled_visit', 'appointment'] as const;
export type SchoolContactType = (typeof CONTACT_TYPES)[number];

/** Outcome codes of the source (related to IDR efforts), in the source's order. */
export const OUTCOME_CODES = [
  'spoke_to_staff',
  'obtained_referrals',
  'scheduled_follow_up',
  'left_message',
  'left_materials',
  'ran_gain_loss_reports',
  'obtained_el_newcomer_lists',
  'talked_about_program',
  'established_relationship',
  'conducted_presentation',
] as const;
export type SchoolContactOutcomeCode = (typeof OUTCOME_CODES)[number];

/** What the source asks to write beside an outcome, in its parentheses. */
export type OutcomeDetailKind = 'position' | 'referredBy' | 'personName' | 'presentationType';

/** The outcomes that need a detail, and which: "(position)", "(name from who)", "(Person Name)", "(type)". */
const OUTCOME_DETAIL: Readonly<Partial<Record<SchoolContactOutcomeCode, OutcomeDetailKind>>> = {
  spoke_to_staff: 'position',
  obtained_referrals: 'referredBy',
  left_message: 'personName',
  conducted_presentation: 'presentationType',
};

/** The longest detail or note accepted, in characters. */
export const MAX_DETAIL_LENGTH = 200;
export const MAX_NOTES_LENGTH = 2000;
/** The most children one contact's "obtained referrals" may list at once. */
export const MAX_REFERRALS_PER_CONTACT = 50;

export interface SchoolContactOutcome {
  code: SchoolContactOutcomeCode;
  /** The detail the source asks for (see OUTCOME_DETAIL); null when it asks for none. */
  detail: string | null;
}

/** What a staff member writes on one line of the log. */
export interface SchoolContactEntryInput {
  contactDate: string;
  schoolId: string;
  contactType: string;
  outcomes: ReadonlyArray<{ code: string; detail?: string | null | undefined }>;
  notes?: string | null | undefined;
  /**
   * The children (with their families) whose referrals the contact obtained, each as a
   * referral typed by hand: written only with the outcome `obtained_referrals`.
   */
  referrals?: ReadonlyArray<ManualReferralInput> | undefined;
}

/** A valid line of the log, details trimmed and kept only where the source asks for one. */
export interface SchoolContactEntryFacts {
  contactDate: CalendarDate;
  schoolId: string;
  contactType: SchoolContactType;
  outcomes: SchoolContactOutcome[];
  notes: string | null;
  /** The referrals to add to the school's district queue, linked to this contact. */
  referrals: ReferralFacts[];
}

export function detailKindOf(code: SchoolContactOutcomeCode): OutcomeDetailKind | null {
  return OUTCOME_DETAIL[code] ?? null;
}

function isContactType(value: string): value is SchoolContactType {
  return (CONTACT_TYPES as readonly string[]).includes(value);
}

function isOutcomeCode(value: string): value is SchoolContactOutcomeCode {
  return (OUTCOME_CODES as readonly string[]).includes(value);
}

const DETAIL_NAMES: Record<OutcomeDetailKind, string> = {
  position: 'the position of the person spoken to',
  referredBy: 'who gave the referrals',
  personName: 'the name of the person the message was left with',
  presentationType: 'the type of presentation',
};

/**
 * Check one entry against the source's rules: a real date not after `today`, a type code,
 * at least one outcome (each once), and the detail where the outcome asks for one.
 * @throws DomainError `invalid_input` naming every field at fault (e.g. `outcomes[1].detail`).
 */
export function validateSchoolContactEntry(
  input: SchoolContactEntryInput,
  today: CalendarDate,
): SchoolContactEntryFacts {
  const problems: FieldProblem[] = [];
  if (!isCalendarDate(input.contactDate))
    problems.push({ field: 'contactDate', message: 'must be a real date written YYYY-MM-DD' });
  else if (compareDates(input.contactDate, today) > 0)
    problems.push({ field: 'contactDate', message: `cannot be after today (${today})` });
  if (input.schoolId.trim() === '') problems.push({ field: 'schoolId', message: 'is required' });
  if (!isContactType(input.contactType))
    problems.push({ field: 'contactType', message: `must be one of ${CONTACT_TYPES.join(', ')}` });
  if (input.outcomes.length === 0)
    problems.push({ field: 'outcomes', message: 'record at least one outcome' });

  const outcomes: SchoolContactOutcome[] = [];
  const seen = new Set<string>();
  input.outcomes.forEach((outcome, index) => {
    const field = `outcomes[${index}]`;
    if (!isOutcomeCode(outcome.code)) {
      problems.push({ field: `${field}.code`, message: `must be one of ${OUTCOME_CODES.join(', ')}` });
      return;
    }
    if (seen.has(outcome.code)) {
      problems.push({ field: `${field}.code`, message: 'is recorded twice' });
      return;
    }
    seen.add(outcome.code);
    const kind = detailKindOf(outcome.code);
    const detail = outcome.detail?.trim() ?? '';
    if (kind && detail === '')
      problems.push({ field: `${field}.detail`, message: `write ${DETAIL_NAMES[kind]}` });
    else if (detail.length > MAX_DETAIL_LENGTH)
      problems.push({ field: `${field}.detail`, message: `must be at most ${MAX_DETAIL_LENGTH} characters` });
    outcomes.push({ code: outcome.code, detail: kind ? detail : null });
  });

  const notes = input.notes?.trim() ?? '';
  if (notes.length > MAX_NOTES_LENGTH)
    problems.push({ field: 'notes', message: `must be at most ${MAX_NOTES_LENGTH} characters` });

  // The referrals a contact obtained are entered with it, checked as a referral typed by hand.
  const referrals = input.referrals ?? [];
  if (referrals.length > 0 && !seen.has('obtained_referrals'))
    problems.push({ field: 'referrals', message: 'are written only with the outcome "obtained referrals"' });
  else if (referrals.length > MAX_REFERRALS_PER_CONTACT)
    problems.push({ field: 'referrals', message: `list at most ${MAX_REFERRALS_PER_CONTACT} children` });
  else
    referrals.forEach((referral, index) =>
      problems.push(...manualReferralProblems(referral, today, `referrals[${index}].`)),
    );

  const [first] = problems;
  if (first)
    throw new DomainError(
      'invalid_input',
      problems.map((p) => `${p.field}: ${p.message}`).join('; '),
      problems,
    );
  outcomes.sort((a, b) => OUTCOME_CODES.indexOf(a.code) - OUTCOME_CODES.indexOf(b.code));
  return {
    contactDate: input.contactDate,
    schoolId: input.schoolId,
    contactType: input.contactType as SchoolContactType,
    outcomes,
    notes: notes === '' ? null : notes,
    referrals: referrals.map((referral) => validateManualReferral(referral, today)),
  };
}

/** A month written YYYY-MM. */
export type CalendarMonth = string;

export function isCalendarMonth(value: string): value is CalendarMonth {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}

/** The month a date falls in. */
export function monthOf(date: CalendarDate): CalendarMonth {
  return date.slice(0, 7);
}

/** An entry as the log shows it. */
export interface SchoolContactEntry {
  id: string;
  contactDate: CalendarDate;
  schoolId: string;
  schoolName: string;
  contactType: SchoolContactType;
  outcomes: SchoolContactOutcome[];
  notes: string | null;
}

/** One staff member's month: the entries in date order, counted by type and by outcome. */
export interface MonthlySchoolContactLog<E extends SchoolContactEntry = SchoolContactEntry> {
  month: CalendarMonth;
  entries: E[];
  total: number;
  /** Every type code, zero included. */
  countsByType: Record<SchoolContactType, number>;
  /** Every outcome code, zero included: the entries that recorded it. */
  countsByOutcome: Record<SchoolContactOutcomeCode, number>;
  /** Distinct schools contacted. */
  schoolCount: number;
}

function zeroCounts<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

/** The log of `month` from a staff member's entries (entries of other months are left out). */
export function monthlySchoolContactLog<E extends SchoolContactEntry>(
  month: CalendarMonth,
  entries: readonly E[],
): MonthlySchoolContactLog<E> {
  const ofMonth = entries
    .filter((entry) => monthOf(entry.contactDate) === month)
    .sort(
      (a, b) =>
        compareDates(a.contactDate, b.contactDate) ||
        a.schoolName.localeCompare(b.schoolName) ||
        a.id.localeCompare(b.id),
    );
  const countsByType = zeroCounts(CONTACT_TYPES);
  const countsByOutcome = zeroCounts(OUTCOME_CODES);
  for (const entry of ofMonth) {
    countsByType[entry.contactType] += 1;
    for (const outcome of entry.outcomes) countsByOutcome[outcome.code] += 1;
  }
  return {
    month,
    entries: ofMonth,
    total: ofMonth.length,
    countsByType,
    countsByOutcome,
    schoolCount: new Set(ofMonth.map((e) => e.schoolId)).size,
  };
}

/** The first and last dates of a month, for a query. */
export function monthRange(month: CalendarMonth): { from: CalendarDate; to: CalendarDate } {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const lastDay = daysInMonth(year, monthNumber);
  return { from: `${month}-01`, to: `${month}-${String(lastDay).padStart(2, '0')}` };
}
