import type { SchoolContactEntryFacts } from '../../core/recruitment/school-contact-log';
import type { SchoolContactValues } from '../../data/repositories/school-contacts.repository';

/** An entry's validated facts as the school_contacts row stores them. */
export function schoolContactValuesOf(facts: SchoolContactEntryFacts): SchoolContactValues {
  return {
    school_id: facts.schoolId,
    contact_date: facts.contactDate,
    contact_type: facts.contactType,
    outcomes: JSON.stringify(facts.outcomes),
    notes: facts.notes,
  };
}
