import { MAX_NAME_LENGTH } from '../../core/children/child-rules';
import { DomainError, type FieldProblem } from '../../core/common/domain-error';
import type { FamilyMemberSex, FamilyRelation } from '../../data/tables';

/** A parent, guardian, spouse or worker as entered. */
export interface FamilyMemberInput {
  relation: FamilyRelation;
  firstName: string;
  lastSurname: string;
  secondSurname?: string | null;
  isQualifyingWorker?: boolean;
  /** Recorded for MSIX's male and female parent (X7.4); absent or null when not recorded. */
  sex?: FamilyMemberSex | null;
}

/** A family's name and contact details as entered. */
export interface FamilyFields {
  familyName: string;
  addressLine?: string | null;
  city?: string | null;
  postalCode?: string | null;
  phone?: string | null;
  homeLanguage?: string | null;
}

/** Check the members entered and list every problem, by field. */
export function checkMembers(members: readonly FamilyMemberInput[]): void {
  const problems: FieldProblem[] = [];
  members.forEach((m, i) => {
    if (!m.firstName.trim())
      problems.push({ field: `members[${i}].firstName`, message: 'must not be empty' });
    if (!m.lastSurname.trim())
      problems.push({ field: `members[${i}].lastSurname`, message: 'must not be empty' });
    if (m.firstName.length > MAX_NAME_LENGTH)
      problems.push({ field: `members[${i}].firstName`, message: 'is too long' });
  });
  if (problems.length)
    throw new DomainError(
      'invalid_input',
      problems.map((p) => `${p.field}: ${p.message}`).join('; '),
      problems,
    );
}

/** The family's columns from the fields entered: trimmed, and empty details stored as null. */
export function familyColumns(fields: FamilyFields) {
  return {
    family_name: fields.familyName.trim(),
    address_line: fields.addressLine?.trim() || null,
    city: fields.city?.trim() || null,
    postal_code: fields.postalCode?.trim() || null,
    phone: fields.phone?.trim() || null,
    home_language: fields.homeLanguage?.trim() || null,
  };
}

/** A member's columns from what was entered, names trimmed. */
export function memberColumns(familyId: string, member: FamilyMemberInput) {
  return {
    family_id: familyId,
    relation: member.relation,
    first_name: member.firstName.trim(),
    last_surname: member.lastSurname.trim(),
    second_surname: member.secondSurname?.trim() || null,
    is_qualifying_worker: member.isQualifyingWorker ?? false,
    sex: member.sex ?? null,
  };
}
