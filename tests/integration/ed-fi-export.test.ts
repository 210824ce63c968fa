import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEdFiExport } from '../../src/core/exchange/ed-fi/ed-fi-parse';
import type { EdFiExport } from '../../src/core/exchange/ed-fi/ed-fi-resources';
import { openDatabase, type Db } from '../../src/data/db';
import { migrateToLatest } from '../../src/data/migrate';
import { buildChild, buildRegionWithStaff } from '../factories';
import { cicloOn } from '../support/ciclo-cli';
import { freshDatabases } from '../support/fresh-databases';
import { signInAs, type HttpSession } from '../support/http-session';
import { startTestApp, type TestApp } from '../support/test-app';

const scratch = mkdtempSync(path.join(tmpdir(), 'ciclo-ed-fi-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * Two regions' children: Ana (region A) with an old eligibility and a current one from an
 * approved COE whose interview wrote the move from Yuma, below proficient in ELA (so PFS), in
 * an RSY reading service of region A; Beto (region B) eligible since November 2024.
 */
async function buildEdFiData(db: Db) {
  const a = await buildRegionWithStaff(db);
  const b = await buildRegionWithStaff(db);
  const ana = await buildChild(db, { regionId: a.region.id, firstName: 'Ana', lastSurname: 'García' });
  const beto = await buildChild(db, { regionId: b.region.id, firstName: 'Beto', lastSurname: 'Ruiz' });
  const coe = await db
    .insertInto('coes')
    .values({
      region_id: a.region.id,
      status: 'approved',
      interview_date: '2024-10-20',
      residency_date: '2024-10-16',
      interview: JSON.stringify({
        interviewDate: '2024-10-20',
        children: [{ id: 'c-1' }],
        moves: [
          {
            id: 'm1',
            date: '2024-10-12',
            from: { residence: 'Calle 5', city: 'Yuma', state: 'AZ', country: 'US' },
            to: { residence: 'Main St', city: 'Salinas', state: 'CA', country: 'US' },
            movers: ['c-1'],
            economicNecessity: true,
          },
        ],
      }),
      determination: JSON.stringify({ children: [{ child: 'c-1', eligible: true, qualifyingMove: 'm1' }] }),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('coe_children')
    .values({
      coe_id: coe.id,
      interview_child_id: 'c-1',
      child_id: ana.id,
      eligible: true,
      qad: '2024-10-15',
    })
    .execute();
  await db
    .insertInto('child_eligibilities')
    .values([
      { child_id: ana.id, qad: '2021-06-20', eligibility_end_date: '2024-06-19', end_reason: '36-months' },
      {
        child_id: ana.id,
        coe_id: coe.id,
        qad: '2024-10-15',
        eligibility_end_date: '2027-10-14',
        end_reason: '36-months',
      },
      { child_id: beto.id, qad: '2024-11-01', eligibility_end_date: '2027-10-31', end_reason: '36-months' },
    ])
    .execute();
  await db
    .insertInto('assessment_results')
    .values({
      student_id: ana.student_number,
      subject: 'ELA',
      school_year: '2023-24',
      level: 1,
      recorded_by: null,
    })
    .execute();
  const service = await db
    .insertInto('services')
    .values({
      code: 'EDFI-RSY-1',
      region_id: a.region.id,
      name: 'After-school reading',
      term: 'RSY',
      start_date: '2024-10-01',
      end_date: '2025-05-30',
      mpos: ['1.0'],
      instrument_min: 0,
      instrument_max: 100,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('service_enrollments')
    .values({
      service_id: service.id,
      student_id: ana.student_number,
      enrolled_on: '2024-10-20',
      reason: 'below_proficient_ela',
    })
    .execute();
  // E6: a school during the period, one left before it, and a district without a school.
  const school = await db
    .insertInto('schools')
    .values({ district_id: a.district.id, cds_code: '27660926026827', name: 'Alisal Elementary' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('enrollments')
    .values([
      {
        child_id: ana.id,
        district_id: a.district.id,
        school_id: school.id,
        enrollment_date: '2024-10-21',
        exit_date: '2025-06-12',
        grade_level: '05',
      },
      {
        child_id: ana.id,
        district_id: a.district.id,
        school_id: school.id,
        enrollment_date: '2020-08-17',
        exit_date: '2021-06-10',
        grade_level: 'KN',
      },
      { child_id: ana.id, district_id: a.district.id, enrollment_date: '2024-10-16', grade_level: '05' },
    ])
    .execute();
  return { a, b, ana, beto };
}

const studentsOf = (document: EdFiExport) => document.students.map((s) => s.firstName).sort();

/**
 * The Ed-Fi export through the API (docs/rules/ed-fi.md): the resources and their descriptors,
 * a region's staff limited to their region, the state's administrator to any.
 */
describe.each(freshDatabases('ed_fi'))('the Ed-Fi export on $name', (database) => {
  let t: TestApp;
  let data: Awaited<ReturnType<typeof buildEdFiData>>;
  let specialist: HttpSession;
  let otherSpecialist: HttpSession;
  let admin: HttpSession;
  let recruiter: HttpSession;

  beforeAll(async () => {
    const handle = await database.open();
    await migrateToLatest(handle.db);
    await handle.close();
    t = await startTestApp({ name: database.name, open: () => openDatabase(database.connection) });
    data = await buildEdFiData(t.handle.db);
    specialist = await signInAs(t.app, data.a.users.data_specialist.email);
    otherSpecialist = await signInAs(t.app, data.b.users.data_specialist.email);
    admin = await signInAs(t.app, data.a.users.state_admin.email);
    recruiter = await signInAs(t.app, data.a.users.recruiter.email);
  });
  afterAll(async () => {
    await t?.close();
    await database.drop();
  });

  it('gives a region’s data specialist their children as Ed-Fi resources, a JSON file that reads back', async () => {
    const reply = await t.app.inject({
      method: 'GET',
      url: '/api/ed-fi/export?period=2024-25',
      cookies: specialist.cookies,
    });
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['content-type']).toMatch(/^application\/json/);
    expect(reply.headers['content-disposition']).toContain(
      `ed-fi-region-${data.a.region.number}-2024-25.json`,
    );
    const document = parseEdFiExport(reply.json());
    expect(document.students).toEqual([
      expect.objectContaining({
        studentUniqueId: data.ana.student_number,
        firstName: 'Ana',
        lastSurname: 'García',
        birthSexDescriptor: 'uri://ed-fi.org/SexDescriptor#Female',
        birthCountryDescriptor: 'uri://ed-fi.org/CountryDescriptor#MX',
        _ext: { ciclo: { secondSurname: 'Ruiz' } },
      }),
    ]);
    expect(document.programs).toEqual([
      {
        educationOrganizationReference: { educationOrganizationId: 6 },
        programName: 'Migrant Education',
        programTypeDescriptor: 'uri://ed-fi.org/ProgramTypeDescriptor#Migrant Education',
      },
    ]);
    const [old, current] = document.studentMigrantEducationProgramAssociations;
    expect(document.studentMigrantEducationProgramAssociations).toHaveLength(2);
    expect(old).toMatchObject({
      beginDate: '2021-06-20',
      endDate: '2024-06-19',
      lastQualifyingMove: '2021-06-20',
      priorityForServices: false,
      migrantEducationProgramServices: [],
    });
    expect(current).toMatchObject({
      beginDate: '2024-10-15',
      qualifyingArrivalDate: '2024-10-15',
      lastQualifyingMove: '2024-10-12',
      eligibilityExpirationDate: '2027-10-14',
      stateResidencyDate: '2024-10-16',
      priorityForServices: true,
      studentReference: { studentUniqueId: data.ana.student_number },
      _ext: {
        ciclo: {
          regionNumber: data.a.region.number,
          qualifyingMoveFrom: { city: 'Yuma', state: 'AZ', country: 'US' },
          qualifyingMoveTo: { city: 'Salinas', state: 'CA', country: 'US' },
          eligibilityEndReason: '36-months',
          priorityForServicesOn: '2025-08-31',
        },
      },
    });
    expect(current!.migrantEducationProgramServices).toEqual([
      {
        migrantEducationProgramServiceDescriptor:
          'uri://ed-fi.org/MigrantEducationProgramServiceDescriptor#Reading Instruction',
        primaryIndicator: true,
        serviceBeginDate: '2024-10-20',
        serviceEndDate: '2025-05-30',
        _ext: {
          ciclo: {
            serviceId: 'EDFI-RSY-1',
            serviceName: 'After-school reading',
            sessionType: 'RSY',
            enrollmentType: '02',
            enrollmentReason: 'below_proficient_ela',
            mpos: ['1.0'],
            attendedMinutes: 0,
          },
        },
      },
    ]);
  });

  it('writes each school enrollment of the period as a studentSchoolAssociation (E6)', async () => {
    const reply = await specialist.request('GET', '/api/ed-fi/export?period=2024-25');
    expect(reply.status).toBe(200);
    expect(parseEdFiExport(reply.body).studentSchoolAssociations).toEqual([
      {
        entryDate: '2024-10-21',
        schoolReference: { schoolId: 6026827 },
        studentReference: { studentUniqueId: data.ana.student_number },
        entryGradeLevelDescriptor: 'uri://ed-fi.org/GradeLevelDescriptor#Fifth grade',
        exitWithdrawDate: '2025-06-12',
      },
    ]);
  });

  it('keeps each region’s staff to their region; the state administrator reads the state or any region', async () => {
    const other = await otherSpecialist.request('GET', '/api/ed-fi/export?period=2024-25');
    expect(other.status).toBe(200);
    expect(studentsOf(other.body)).toEqual(['Beto']);
    const refused = await specialist.request(
      'GET',
      `/api/ed-fi/export?period=2024-25&regionId=${data.b.region.id}`,
    );
    expect(refused.status).toBe(404);
    const state = await admin.request('GET', '/api/ed-fi/export?period=2024-25');
    expect(studentsOf(state.body)).toEqual(['Ana', 'Beto']);
    const regionB = await admin.request(
      'GET',
      `/api/ed-fi/export?period=2024-25&regionId=${data.b.region.id}`,
    );
    expect(studentsOf(regionB.body)).toEqual(['Beto']);
    const earlier = await admin.request('GET', '/api/ed-fi/export?period=2020-21');
    expect(studentsOf(earlier.body)).toEqual(['Ana']);
    expect((await recruiter.request('GET', '/api/ed-fi/export?period=2024-25')).status).toBe(403);
  });

  it('refuses a bad period naming the field, and a visitor without a session', async () => {
    const bad = await admin.request('GET', '/api/ed-fi/export?period=2024-26');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('period');
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/ed-fi/export?period=2024-25' });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe.each(freshDatabases('ed_fi_cli'))('ciclo ed-fi export on $name', (database) => {
  let regionB: number;

  beforeAll(async () => {
    const handle = await database.open();
    await migrateToLatest(handle.db);
    regionB = (await buildEdFiData(handle.db)).b.region.number;
    await handle.close();
  }, 120_000);
  afterAll(() => database.drop());

  it('writes the state’s or one region’s Ed-Fi file', async () => {
    const out = path.join(scratch, `${database.name}-state.json`);
    const state = await cicloOn(database, ['ed-fi', 'export', '--period', '2024-25', '--out', out]);
    expect(state.stderr).toBe('');
    expect(state.status).toBe(0);
    expect(state.stdout).toContain(
      'Ed-Fi 2024-25, state: 2 students, 3 migrant education program associations',
    );
    expect(studentsOf(parseEdFiExport(JSON.parse(readFileSync(out, 'utf8'))))).toEqual(['Ana', 'Beto']);

    const regionOut = path.join(scratch, `${database.name}-region.json`);
    const region = await cicloOn(database, [
      'ed-fi',
      'export',
      '--period',
      '2024-25',
      '--region',
      String(regionB),
      '--out',
      regionOut,
    ]);
    expect(region.status).toBe(0);
    expect(studentsOf(parseEdFiExport(JSON.parse(readFileSync(regionOut, 'utf8'))))).toEqual(['Beto']);

    const bad = await cicloOn(database, [
      'ed-fi',
      'export',
      '--period',
      '2024-25',
      '--region',
      'x',
      '--out',
      regionOut,
    ]);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('--region');
  }, 120_000);
});
