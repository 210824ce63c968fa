import { randomInt, randomUUID } from 'node:crypto';
import type { Static } from '@sinclair/typebox';
import type { Db } from '../../src/data/db';
import type { Role } from '../../src/core/people/roles';
import { hashPassword } from '../../src/usecases/users/password';
import { searchNameOf } from '../../src/core/children/normalize-name';
import type { CreateServiceBody } from '../../src/server/routes/services/services.schemas';

/**
 * Factories create their own parents with unique natural keys, so test files can share a
 * database and run in parallel without truncating anything (STYLE §12).
 */
export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;

const digits = (n: number): string => Array.from({ length: n }, () => randomInt(10)).join('');

export async function buildRegion(db: Db, overrides: { name?: string } = {}) {
  return db
    .insertInto('regions')
    .values({
      // at most nine digits, as a qualification record's region column allows
      number: randomInt(1_000, 1_000_000_000),
      name: overrides.name ?? `Test Region ${randomUUID().slice(0, 8)}`,
      kind: 'county_office',
      counties: ['Monterey'],
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function buildDistrict(db: Db, regionId: string) {
  return db
    .insertInto('districts')
    .values({
      region_id: regionId,
      cds_code: digits(7),
      name: `Test District ${randomUUID().slice(0, 8)}`,
      county: 'Test',
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function buildSchool(db: Db, districtId: string, overrides: { name?: string } = {}) {
  return db
    .insertInto('schools')
    .values({
      district_id: districtId,
      cds_code: digits(14),
      name: overrides.name ?? `Test School ${randomUUID().slice(0, 8)}`,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function buildUser(
  db: Db,
  options: { role: Role; regionId?: string | null; districtId?: string | null; assignedRegionIds?: string[] },
) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const user = await db
    .insertInto('users')
    .values({
      email: `${options.role}.${randomUUID()}@test.ciclo.org`,
      display_name: `Test ${options.role}`,
      password_hash: await passwordHash,
      role: options.role,
      region_id: options.regionId ?? null,
      district_id: options.districtId ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  for (const regionId of options.assignedRegionIds ?? []) {
    await db.insertInto('user_assigned_regions').values({ user_id: user.id, region_id: regionId }).execute();
  }
  return user;
}

export async function buildChild(
  db: Db,
  options: {
    regionId: string;
    districtId?: string;
    firstName?: string;
    lastSurname?: string;
    secondSurname?: string | null;
    birthDate?: string;
  },
) {
  const names = {
    firstName: options.firstName ?? 'María José',
    middleName: null,
    lastSurname: options.lastSurname ?? 'Hernández',
    secondSurname: options.secondSurname ?? 'Ruiz',
  };
  const child = await db
    .insertInto('children')
    .values({
      student_number: `T${digits(12)}`,
      region_id: options.regionId,
      first_name: names.firstName,
      last_surname: names.lastSurname,
      second_surname: names.secondSurname,
      birth_date: options.birthDate ?? '2015-03-09',
      birth_country: 'MX',
      sex: 'female',
      search_name: searchNameOf(names),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  if (options.districtId) {
    await db
      .insertInto('enrollments')
      .values({
        child_id: child.id,
        district_id: options.districtId,
        enrollment_date: '2025-08-20',
        residency_date: '2025-08-01',
      })
      .execute();
  }
  return child;
}

/** A region with one district, one child enrolled there, and one user of every role. */
export async function buildRegionWithStaff(db: Db) {
  const region = await buildRegion(db);
  const district = await buildDistrict(db, region.id);
  const child = await buildChild(db, { regionId: region.id, districtId: district.id });
  const users: Record<Role, Awaited<ReturnType<typeof buildUser>>> = {
    state_admin: await buildUser(db, { role: 'state_admin' }),
    state_consultant: await buildUser(db, { role: 'state_consultant', assignedRegionIds: [region.id] }),
    region_director: await buildUser(db, { role: 'region_director', regionId: region.id }),
    ir_manager: await buildUser(db, { role: 'ir_manager', regionId: region.id }),
    data_specialist: await buildUser(db, { role: 'data_specialist', regionId: region.id }),
    recruiter: await buildUser(db, { role: 'recruiter', regionId: region.id }),
    reviewer: await buildUser(db, { role: 'reviewer', regionId: region.id }),
    district_staff: await buildUser(db, {
      role: 'district_staff',
      regionId: region.id,
      districtId: district.id,
    }),
    district_recruiter: await buildUser(db, {
      role: 'district_recruiter',
      regionId: region.id,
      districtId: district.id,
    }),
  };
  return { region, district, child, users };
}

/** Makes children eligible for services from `from` to `to` (a span as the state's system sends it). */
export async function buildEligibilitySpans(db: Db, studentIds: string[], from: string, to: string) {
  await db
    .insertInto('student_eligibility_spans')
    .values(
      studentIds.map((student_id) => ({
        student_id,
        birth_date: '2015-03-09',
        eligible_from: from,
        eligible_to: to,
      })),
    )
    .execute();
}

/**
 * The body of `POST /api/services`: a summer class of the region with a unique code, no MPOs and
 * a 0–100 instrument; a test overrides what it is about.
 */
export function serviceBody(
  overrides: Partial<Static<typeof CreateServiceBody>> = {},
): Static<typeof CreateServiceBody> {
  return {
    code: `SVC-${randomUUID().slice(0, 8)}`,
    name: 'Summer reading',
    term: 'SUMMER',
    site: null,
    districtId: null,
    startDate: '2026-06-15',
    endDate: '2026-12-31',
    actualStartDate: null,
    actualEndDate: null,
    fundingResource: null,
    applicationKind: null,
    applicationLine: null,
    mpos: [],
    strategies: [],
    components: [],
    pdRequired: false,
    instrumentName: null,
    instrumentMin: 0,
    instrumentMax: 100,
    higherIsBetter: true,
    instrumentLevels: [],
    sessionMinutes: 50,
    stateServiceCode: null,
    ...overrides,
  };
}
