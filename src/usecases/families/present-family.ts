import type { Actor } from '../../core/people/access-scope';
import { familyPolicy } from '../../core/families/family.policy';
import type { DbFamilyMember } from '../../data/tables';
import type { DbFamilyInScope, listFamilyChildrenInScope } from '../../data/repositories/families.repository';
import type { FamilyMemberSex, FamilyRelation } from '../../data/tables';

/** A family as the API replies with it: members, the children the reader may see, and what they may do. */
export interface FamilyRecord {
  id: string;
  regionId: string;
  /** The school district the family was recorded for; null for a region's family. */
  districtId: string | null;
  familyName: string;
  addressLine: string | null;
  city: string | null;
  postalCode: string | null;
  phone: string | null;
  homeLanguage: string | null;
  /** The family's version: send it back to edit the name or contact details. */
  version: number;
  members: Array<{
    id: string;
    relation: FamilyRelation;
    firstName: string;
    lastSurname: string;
    secondSurname: string | null;
    isQualifyingWorker: boolean;
    sex: FamilyMemberSex | null;
  }>;
  children: Array<{
    id: string;
    firstName: string;
    lastSurname: string;
    secondSurname: string | null;
    birthDate: string;
    studentNumber: string;
  }>;
  abilities: { canEdit: boolean; canAddMember: boolean };
}

/** The reply for a family read in scope, its abilities from the family policy. */
export function presentFamily(
  actor: Actor,
  family: DbFamilyInScope,
  members: readonly DbFamilyMember[],
  children: Awaited<ReturnType<typeof listFamilyChildrenInScope>>,
): FamilyRecord {
  const subject = {
    regionId: family.region_id,
    districtId: family.district_id,
    districtIds: family.district_ids,
  };
  return {
    id: family.id,
    regionId: family.region_id,
    districtId: family.district_id,
    familyName: family.family_name,
    addressLine: family.address_line,
    city: family.city,
    postalCode: family.postal_code,
    phone: family.phone,
    homeLanguage: family.home_language,
    version: family.version,
    members: members.map((m) => ({
      id: m.id,
      relation: m.relation,
      firstName: m.first_name,
      lastSurname: m.last_surname,
      secondSurname: m.second_surname,
      isQualifyingWorker: m.is_qualifying_worker,
      sex: m.sex,
    })),
    children: children.map((c) => ({
      id: c.id,
      firstName: c.first_name,
      lastSurname: c.last_surname,
      secondSurname: c.second_surname,
      birthDate: c.birth_date,
      studentNumber: c.student_number,
    })),
    abilities: {
      canEdit: familyPolicy.can(actor, 'update', subject),
      canAddMember: familyPolicy.can(actor, 'addMember', subject),
    },
  };
}
