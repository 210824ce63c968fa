/**
 * Load the demo dataset: California's regions, districts and schools, a user per role, and
 * families with their children, enrollments and approved certificates of eligibility (each
 * determined by the eligibility engine). All of it in one transaction: an interrupted load
 * leaves an empty database that a second load fills, never half a dataset.
 */
import { randomUUID } from 'node:crypto';
import { DomainError } from '../../core/common/domain-error';
import { searchNameOf } from '../../core/children/normalize-name';
import { CALIFORNIA_REGIONS } from '../../core/demo/california-regions';
import { demoFamilyBatches, type DemoFamily } from '../../core/demo/demo-families';
import { demoDistricts } from '../../core/demo/demo-organizations';
import { determineEligibility } from '../../core/eligibility/determine-eligibility';
import type { ChildDetermination, Determination, Interview } from '../../core/eligibility/interview-schema';
import { addDays, compareDates, dateParts, type CalendarDate } from '../../core/common/calendar-date';
import { seededRandom } from '../../core/demo/seeded-random';
import type { Db } from '../../data/db';
import { recordAudit } from '../../data/repositories/audit.repository';
import {
  inOneTransaction,
  insertDemoDatasetMarker,
  insertDemoFamilies,
  takeStudentNumbers,
} from '../../data/repositories/demo-dataset.repository';
import {
  findFirstDistrictIdOfRegion,
  findTakenRegionNumber,
  insertDistricts,
  insertRegions,
  insertSchools,
} from '../../data/repositories/organizations.repository';
import { insertAssignedRegion, insertUser } from '../../data/repositories/users.repository';
import { todayInState } from '../clock';
import { hashPassword } from '../users/password';
import { hasDemoData } from './has-demo-data';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_REGION_NUMBER } from './demo-accounts';
import { DEMO_ACTOR, loadDemoReferrals } from './demo-referrals';
import { loadDemoSchoolStatuses } from './demo-school-statuses';
import { loadDemoServices } from './demo-services';
import { loadDemoCalendar } from './demo-calendar';
import { loadDemoPlanDevelopment } from './demo-plan-development';
import { loadDemoImprovement } from './demo-improvement';
import { loadDemoMonitoring } from './demo-monitoring';
import { demoPlanAdoptedOn } from '../../core/demo/demo-plan';
import { loadDemoPlan } from '../plan/load-demo-plan';
import { loadDemoDashboard } from './demo-dashboard';
import { DemoReviewQueue, loadDemoCoeReviews } from './demo-coe-reviews';

export interface DemoLoadOptions {
  children: number;
  seed: number;
  /** The day the data describes (default: today in California). */
  today?: string;
  onProgress?: (done: number, total: number) => void;
}

export interface DemoLoadSummary {
  regions: number;
  districts: number;
  schools: number;
  families: number;
  children: number;
  approvedCoes: number;
  eligibleChildren: number;
}

/**
 * Load the demo dataset into an empty database (refused when it was loaded, or when a
 * region of the demo exists). The load itself is one audit event with its summary: a row
 * per generated record would double the work and say nothing the summary does not.
 */
export async function loadDemoDataset(db: Db, options: DemoLoadOptions): Promise<DemoLoadSummary> {
  if (!Number.isInteger(options.children) || options.children < 1 || options.children > 500_000)
    throw DomainError.invalidField('children', 'must be a whole number from 1 to 500,000');
  // The use cases and helpers below open transactions of their own: inside this one they join it.
  return inOneTransaction(db, (trx) => loadIntoEmptyDatabase(trx, options));
}

async function loadIntoEmptyDatabase(db: Db, options: DemoLoadOptions): Promise<DemoLoadSummary> {
  if (await hasDemoData(db))
    throw new DomainError('conflict', 'The demo dataset is already loaded in this database.');
  const taken = await findTakenRegionNumber(
    db,
    CALIFORNIA_REGIONS.map((r) => r.number),
  );
  if (taken !== undefined)
    throw new DomainError(
      'conflict',
      `Region ${taken} already exists: load the demo dataset into an empty database.`,
    );

  const today = options.today ?? todayInState();
  const districts = demoDistricts(options.seed);
  const ids = await loadOrganizations(db, districts);
  const staff = await loadAccounts(db, ids);
  await loadDemoPlan(db, DEMO_ACTOR, demoPlanAdoptedOn(today));
  const summary: DemoLoadSummary = {
    regions: CALIFORNIA_REGIONS.length,
    districts: districts.length,
    schools: districts.reduce((n, d) => n + d.schools.length, 0),
    families: 0,
    children: 0,
    approvedCoes: 0,
    eligibleChildren: 0,
  };

  const returning = returningFamilies(options.seed);
  const reviewQueue = new DemoReviewQueue(DEMO_REGION_NUMBER, today);
  for (const batch of demoFamilyBatches({
    children: options.children,
    seed: options.seed,
    today,
    districts,
  })) {
    await db
      .transaction()
      .execute((trx) => loadFamilies(trx, batch, ids, staff, summary, returning, reviewQueue));
    options.onProgress?.(summary.children, options.children);
  }
  // COEs waiting for the demo reviewer, and two returned to their recruiter.
  await loadDemoCoeReviews(db, {
    queue: reviewQueue,
    recruiterIds: staff.recruiterIds,
    reviewerId: staff.reviewerId,
    today,
  });
  await loadDemoReferrals(db, {
    regionIds: ids.regions,
    demoRegionNumber: DEMO_REGION_NUMBER,
    recruiterIds: staff.recruiterIds,
    seed: options.seed,
    today,
  });
  // After the children and the demo plan: results, services and their records for the MPO pages.
  await loadDemoServices(db, { regionIds: ids.regions, seed: options.seed, today });
  // After the children: credit deficiency and dropping out for the Priority for Services pages.
  await loadDemoSchoolStatuses(db, { regionIds: ids.regions, seed: options.seed, today });
  await loadDemoPlanDevelopment(db, today);
  await loadDemoCalendar(db, {
    regionIds: ids.regions,
    owners: staff.calendarOwnerIds,
    seed: options.seed,
    today,
  });
  await loadDemoImprovement(db, { regionIds: ids.regions, demoRegion: DEMO_REGION_NUMBER, today });
  await loadDemoMonitoring(db, { regionIds: ids.regions, demoRegion: DEMO_REGION_NUMBER, today });
  // The demo districts' Dashboard year, read from files in the CDE's layout and determined.
  await loadDemoDashboard(db, options.seed);
  await db.transaction().execute(async (trx) => {
    await insertDemoDatasetMarker(trx, { seed: options.seed, children: summary.children, today });
    await recordAudit(trx, DEMO_ACTOR, {
      action: 'create',
      entityType: 'demo_dataset',
      entityId: 'demo_dataset',
      regionId: null,
      after: { seed: options.seed, today, ...summary },
    });
  });
  return summary;
}

interface OrganizationIds {
  regions: Map<number, string>;
  districts: Map<string, string>;
  schools: Map<string, string>;
}

async function loadOrganizations(
  db: Db,
  districts: ReturnType<typeof demoDistricts>,
): Promise<OrganizationIds> {
  const ids: OrganizationIds = { regions: new Map(), districts: new Map(), schools: new Map() };
  await db.transaction().execute(async (trx) => {
    const regions = await insertRegions(
      trx,
      CALIFORNIA_REGIONS.map((r) => ({
        number: r.number,
        name: r.name,
        kind: r.kind,
        counties: [...r.counties],
      })),
    );
    for (const r of regions) ids.regions.set(r.number, r.id);
    const districtRows = districts.map((d) => ({
      id: randomUUID(),
      region_id: ids.regions.get(d.regionNumber)!,
      cds_code: d.cdsCode,
      name: d.name,
      county: d.county,
      is_reimbursable: d.isReimbursable,
      nces_id: d.ncesId,
    }));
    await insertDistricts(trx, districtRows);
    for (const row of districtRows) ids.districts.set(row.cds_code, row.id);
    const schoolRows = districts.flatMap((d) =>
      d.schools.map((s) => ({
        id: randomUUID(),
        district_id: ids.districts.get(d.cdsCode)!,
        cds_code: s.cdsCode,
        name: s.name,
        nces_id: s.ncesId,
      })),
    );
    await insertSchools(trx, schoolRows);
    for (const row of schoolRows) ids.schools.set(row.cds_code, row.id);
  });
  return ids;
}

async function loadAccounts(
  db: Db,
  ids: OrganizationIds,
): Promise<{ recruiterId: string; recruiterIds: string[]; reviewerId: string; calendarOwnerIds: string[] }> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const regionId = ids.regions.get(DEMO_REGION_NUMBER)!;
  const districtId = await findFirstDistrictIdOfRegion(db, regionId);
  const users = new Map<string, string>();
  const recruiterIds: string[] = [];
  await db.transaction().execute(async (trx) => {
    for (const account of DEMO_ACCOUNTS) {
      const inRegion =
        account.role !== 'state_admin' &&
        account.role !== 'state_consultant' &&
        account.role !== 'district_staff';
      const userId = await insertUser(trx, {
        email: account.email,
        display_name: account.displayName,
        password_hash: passwordHash,
        role: account.role,
        language: account.language,
        region_id: inRegion || account.role === 'district_staff' ? regionId : null,
        district_id: account.role === 'district_staff' ? districtId : null,
      });
      if (!users.has(account.role)) users.set(account.role, userId);
      if (account.role === 'recruiter') recruiterIds.push(userId);
      for (const number of account.assignedRegionNumbers ?? [])
        await insertAssignedRegion(trx, userId, ids.regions.get(number)!);
    }
  });
  return {
    recruiterId: users.get('recruiter')!,
    recruiterIds,
    reviewerId: users.get('reviewer')!,
    calendarOwnerIds: [users.get('region_director')!, users.get('data_specialist')!],
  };
}

async function loadFamilies(
  trx: Db,
  batch: DemoFamily[],
  ids: OrganizationIds,
  staff: { recruiterId: string; reviewerId: string },
  summary: DemoLoadSummary,
  returning: ReturningFamilies,
  reviewQueue: DemoReviewQueue,
): Promise<void> {
  const childCount = batch.reduce((n, f) => n + f.children.length, 0);
  const numbers = await takeStudentNumbers(trx, childCount);
  let nextNumber = 0;
  const families = [],
    members = [],
    children = [],
    enrollments = [],
    coes = [],
    coeChildren = [],
    eligibilities = [];
  for (const family of batch) {
    const familyId = randomUUID();
    const regionId = ids.regions.get(family.regionNumber)!;
    families.push({
      id: familyId,
      region_id: regionId,
      family_name: family.familyName,
      address_line: family.addressLine,
      city: family.city,
      postal_code: family.postalCode,
      phone: family.phone,
      home_language: family.homeLanguage,
    });
    for (const m of family.members)
      members.push({
        family_id: familyId,
        relation: m.relation,
        first_name: m.firstName,
        last_surname: m.lastSurname,
        second_surname: m.secondSurname,
        is_qualifying_worker: m.isQualifyingWorker,
        sex: m.sex,
      });
    // A family whose children were all born after the interview has no determination.
    const determination =
      family.interview.children.length > 0 ? determineEligibility(family.interview) : { children: [] };
    const coeId = randomUUID();
    const byInterviewId = new Map<string, ChildDetermination>(
      determination.children.map((c) => [c.child, c]),
    );
    const anyEligible = determination.children.some((c) => c.eligible);
    const residencyDate = family.interview.moves.at(-1)?.date ?? null;
    const review = anyEligible
      ? reviewQueue.wants(family, determination as Determination, residencyDate)
      : null;
    const held = review
      ? { ...review, links: [] as Array<{ interviewChildId: string; childId: string }> }
      : null;
    const priorQads =
      anyEligible && !held ? returning.priorQadsOf(family, determination.children) : new Map();
    if (anyEligible && !held) {
      const reviewedAt = new Date(`${family.interview.interviewDate}T20:00:00Z`);
      coes.push({
        id: coeId,
        region_id: regionId,
        family_id: familyId,
        status: 'approved' as const,
        interview: withPriorQads(family.interview, priorQads),
        determination,
        interview_date: family.interview.interviewDate,
        residency_date: residencyDate,
        qualifying_work: family.qualifyingWork,
        signature_kind: 'paper' as const,
        signer_name: `${family.members[1]!.firstName} ${family.members[1]!.lastSurname}`,
        signed_on: family.interview.interviewDate,
        recruiter_id: staff.recruiterId,
        submitted_at: reviewedAt,
        reviewer_id: staff.reviewerId,
        reviewed_at: reviewedAt,
      });
      summary.approvedCoes++;
    }
    for (const child of family.children) {
      const childId = randomUUID();
      children.push({
        id: childId,
        student_number: `CA${numbers[nextNumber++]!.padStart(9, '0')}`,
        region_id: regionId,
        family_id: familyId,
        first_name: child.firstName,
        middle_name: child.middleName,
        last_surname: child.lastSurname,
        second_surname: child.secondSurname,
        birth_date: child.birthDate,
        birth_city: child.birthCity,
        birth_state: child.birthState,
        birth_country: child.birthCountry,
        sex: child.sex,
        search_name: searchNameOf(child),
      });
      for (const e of child.enrollments)
        enrollments.push({
          child_id: childId,
          district_id: ids.districts.get(e.districtCds)!,
          school_id: e.schoolCds ? (ids.schools.get(e.schoolCds) ?? null) : null,
          enrollment_date: e.enrollmentDate,
          exit_date: e.exitDate,
          residency_date: e.residencyDate,
          grade_level: e.gradeLevel,
        });
      const result = byInterviewId.get(child.interviewId);
      if (held && result) held.links.push({ interviewChildId: child.interviewId, childId });
      if (!anyEligible || held || !result) continue;
      coeChildren.push({
        coe_id: coeId,
        interview_child_id: child.interviewId,
        child_id: childId,
        eligible: result.eligible,
        qad: result.qad,
        eligibility_end_date: result.eligibilityEndDate,
        end_reason: result.endReason,
        basis: result.basis,
        relation: result.relation,
        worker_move_date: result.workerMoveDate,
        moved_with_worker: result.relation === 'with',
        // IR3 as approval decides it: the prior QAD the recruiter entered.
        prior_coe: priorQads.has(child.interviewId),
        prior_coe_sources: priorQads.has(child.interviewId) ? ['prior-qad'] : [],
      });
      if (result.eligible && result.qad) {
        eligibilities.push({
          child_id: childId,
          coe_id: coeId,
          qad: result.qad,
          eligibility_end_date: result.eligibilityEndDate,
          end_reason: result.endReason,
          basis: result.basis,
          relation: result.relation,
          worker_move_date: result.workerMoveDate,
          moved_with_worker: result.relation === 'with',
        });
        summary.eligibleChildren++;
      }
    }
    if (held) {
      const lastEnrollment = family.children.flatMap((c) => c.enrollments).at(-1);
      reviewQueue.hold({
        regionId,
        familyId,
        districtId: lastEnrollment ? (ids.districts.get(lastEnrollment.districtCds) ?? null) : null,
        interview: family.interview,
        signerName: `${family.members[1]!.firstName} ${family.members[1]!.lastSurname}`,
        qualifyingWork: family.qualifyingWork,
        residencyDate,
        children: held.links,
        hasWarnings: held.hasWarnings,
      });
    }
  }
  await insertDemoFamilies(trx, {
    families,
    members,
    children,
    enrollments,
    coes,
    coeChildren,
    eligibilities,
  });
  summary.families += batch.length;
  summary.children += childCount;
}

/** Which demo families were certified before: the children of their COE had a prior QAD. */
interface ReturningFamilies {
  /** The prior QAD of each eligible child of a returning family (none when the family is new). */
  priorQadsOf(family: DemoFamily, children: readonly ChildDetermination[]): Map<string, CalendarDate>;
}

/**
 * The data packet's figure 2 as a real region's: most children recruited in a period are
 * newly qualified, but a share of the families (8–35 %, its own for each region and period,
 * drawn from the seed) were certified before and their children carry the prior QAD the
 * recruiter entered. A child born after that earlier QAD had none.
 */
function returningFamilies(seed: number): ReturningFamilies {
  const random = seededRandom(seed ^ 0x7e7a11);
  const shares = new Map<string, number>();
  const shareOf = (region: number, startYear: number) => {
    const key = `${region}:${startYear}`;
    let share = shares.get(key);
    if (share === undefined) {
      share = 0.08 + 0.27 * seededRandom(seed * 7_919 + region * 104_729 + startYear).next();
      shares.set(key, share);
    }
    return share;
  };
  return {
    priorQadsOf(family, children) {
      const { year, month } = dateParts(family.interview.interviewDate);
      const startYear = month >= 9 ? year : year - 1;
      const priorQads = new Map<string, CalendarDate>();
      if (!random.chance(shareOf(family.regionNumber, startYear))) return priorQads;
      const before = random.integer(300, 1_000);
      for (const child of children) {
        if (!child.eligible || !child.qad) continue;
        const priorQad = addDays(child.qad, -before - random.integer(0, 30));
        const born = family.children.find((c) => c.interviewId === child.child)?.birthDate;
        if (born && compareDates(born, priorQad) < 0) priorQads.set(child.child, priorQad);
      }
      return priorQads;
    },
  };
}

/** The interview with the prior QAD entered for each child that had one. */
function withPriorQads(interview: Interview, priorQads: ReadonlyMap<string, CalendarDate>): Interview {
  if (priorQads.size === 0) return interview;
  return {
    ...interview,
    children: interview.children.map((child) => {
      const priorQad = priorQads.get(child.id);
      return priorQad ? { ...child, priorQad } : child;
    }),
  };
}
