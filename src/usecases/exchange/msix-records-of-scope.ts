import type { CalendarDate } from '../../core/common/calendar-date';
import { groupBy } from '../../core/common/group-by';
import {
  msixRecordFromCiclo,
  qualifyingMovePlaces,
  type CicloMsixEligibility,
  type CicloMsixEnrollment,
  type CicloMsixProject,
} from '../../core/exchange/msix-from-ciclo';
import type { MsixChildRecord } from '../../core/exchange/msix-record';
import { validateMsixRecord, type MsixProblem } from '../../core/exchange/msix-validation';
import type { Db } from '../../data/db';
import { eligibilitiesWithCoesInRegion } from '../../data/repositories/eligibility-coes.repository';
import {
  msixChildrenOf,
  msixEnrollmentsOf,
  type MsixChildRow,
  type MsixScope,
} from '../../data/repositories/msix-records.repository';
import { msixParentsOf } from '../../data/repositories/msix-parents.repository';
import { msixProjectsOf } from '../../data/repositories/msix-projects.repository';
import { eligibilitySpansOfStudents } from '../../data/repositories/pfs-records.repository';
import { pfsOfStudents } from '../pfs/pfs-of-students';
import { statePfsSettings } from '../pfs/state-pfs-settings';

export interface MsixChildCheck {
  child: MsixChildRow;
  record: MsixChildRecord;
  problems: MsixProblem[];
}

/**
 * Every child of the scope with their MDE record as Ciclo holds it today and its problems
 * (docs/rules/msix.md X7.1), by student number. PFS is the child's determination of `today`.
 * @scopedBy the scope the caller authorized
 */
export async function msixRecordsOfScope(
  db: Db,
  scope: MsixScope,
  today: CalendarDate,
): Promise<MsixChildCheck[]> {
  const [children, eligibilityRows, enrollmentRows, projectRows, parentRows, settings] = await Promise.all([
    msixChildrenOf(db, scope),
    eligibilitiesWithCoesInRegion(db, scope.regionId),
    msixEnrollmentsOf(db, scope),
    msixProjectsOf(db, scope),
    msixParentsOf(db, scope),
    statePfsSettings(db),
  ]);
  const spans = await eligibilitySpansOfStudents(
    db,
    children.map((child) => child.student_number),
  );
  const pfs = await pfsOfStudents(
    db,
    children.map((child) => ({
      studentId: child.student_number,
      birthDate: child.birth_date,
      spans: spans.get(child.student_number) ?? [],
    })),
    settings,
    today,
  );
  const eligibilitiesOf = groupBy(eligibilityRows, (row) => row.childId);
  const enrollmentsOf = groupBy(enrollmentRows, (row) => row.child_id);
  const projectsOf = groupBy(projectRows, (row) => row.child_id);
  const parentsOf = groupBy(parentRows, (row) => row.child_id);
  return children.map((child) => {
    const eligibilities = (eligibilitiesOf.get(child.id) ?? []).map((row): CicloMsixEligibility => {
      const places = qualifyingMovePlaces(row.coe);
      return {
        qad: row.qad,
        eligibilityEndDate: row.eligibilityEndDate,
        endReason: row.endReason,
        from: places?.from ?? null,
        to: places?.to ?? null,
      };
    });
    const enrollments = (enrollmentsOf.get(child.id) ?? []).map((row): CicloMsixEnrollment => ({
      enrollmentDate: row.enrollment_date,
      exitDate: row.exit_date,
      residencyDate: row.residency_date,
      gradeLevel: row.grade_level,
      schoolName: row.school_name,
      schoolCity: row.school_city,
      districtName: row.district_name,
      schoolNcesId: row.school_nces_id,
      districtNcesId: row.district_nces_id,
    }));
    const record = msixRecordFromCiclo({
      child: {
        id: child.id,
        studentNumber: child.student_number,
        statewideStudentId: child.statewide_student_id,
        msixId: child.msix_id,
        firstName: child.first_name,
        middleName: child.middle_name,
        lastSurname: child.last_surname,
        secondSurname: child.second_surname,
        generationCodeSuffix: child.generation_code_suffix,
        sex: child.sex,
        birthDate: child.birth_date,
        birthCity: child.birth_city,
        birthState: child.birth_state,
        birthCountry: child.birth_country,
        englishLearner: child.english_learner,
        disability: child.disability,
      },
      eligibilities,
      enrollments,
      // X7.7: the summer and intersession services the child attended.
      projects: (projectsOf.get(child.id) ?? []).map((row): CicloMsixProject => ({
        projectName: row.project_name,
        firstAttendedOn: row.first_attended_on,
        lastAttendedOn: row.last_attended_on,
      })),
      priorityForServices: pfs.get(child.student_number)?.determination.isPfs ?? null,
      // X7.4: the parents and guardians of the child's family, by the order recorded.
      familyMembers: (parentsOf.get(child.id) ?? []).map((row) => ({
        relation: row.relation,
        sex: row.sex,
        firstName: row.first_name,
        lastSurname: row.last_surname,
        secondSurname: row.second_surname,
      })),
    });
    return { child, record, problems: validateMsixRecord(record) };
  });
}
