import type { ChildFacts } from '../../core/children/child-rules';
import { searchNameOf } from '../../core/children/normalize-name';
import type { DbChild } from '../../data/tables';

/** The columns of a child's row that hold the facts a person enters (names, birth, SSID, the count flags). */
export function childFactsToRow(facts: ChildFacts) {
  return {
    first_name: facts.firstName,
    middle_name: facts.middleName,
    last_surname: facts.lastSurname,
    second_surname: facts.secondSurname,
    generation_code_suffix: facts.generationCodeSuffix,
    birth_date: facts.birthDate,
    birth_city: facts.birthCity,
    birth_state: facts.birthState,
    birth_country: facts.birthCountry,
    sex: facts.sex,
    statewide_student_id: facts.statewideStudentId,
    msix_id: facts.msixId ?? null,
    english_learner: facts.englishLearner ?? false,
    disability: facts.disability ?? false,
    search_name: searchNameOf(facts),
  };
}

/** The facts of a stored child, as a person entered them. */
export function childFactsOfRow(child: DbChild): Required<ChildFacts> {
  return {
    firstName: child.first_name,
    middleName: child.middle_name,
    lastSurname: child.last_surname,
    secondSurname: child.second_surname,
    generationCodeSuffix: child.generation_code_suffix,
    birthDate: child.birth_date,
    birthCity: child.birth_city,
    birthState: child.birth_state,
    birthCountry: child.birth_country,
    sex: child.sex,
    statewideStudentId: child.statewide_student_id,
    msixId: child.msix_id,
    englishLearner: child.english_learner,
    disability: child.disability,
  };
}

/** The audited view of a child row: its facts, without search helpers or timestamps. */
export function auditedChild(row: DbChild): Record<string, unknown> {
  const {
    search_name: _search,
    created_at: _created,
    updated_at: _updated,
    region_number: _number,
    ...facts
  } = row as DbChild & { region_number?: number };
  return facts;
}

/** A child as a search result or a likely match lists it. */
export function childSummaryOfRow(
  row: Pick<
    DbChild,
    | 'id'
    | 'student_number'
    | 'first_name'
    | 'middle_name'
    | 'last_surname'
    | 'second_surname'
    | 'birth_date'
    | 'region_id'
    | 'family_id'
  > & { region_number: number },
) {
  return {
    id: row.id,
    studentNumber: row.student_number,
    firstName: row.first_name,
    middleName: row.middle_name,
    lastSurname: row.last_surname,
    secondSurname: row.second_surname,
    birthDate: row.birth_date,
    regionId: row.region_id,
    regionNumber: row.region_number,
    familyId: row.family_id,
  };
}
