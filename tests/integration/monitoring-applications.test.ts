import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smallPlan } from '../../src/core/services/plan-builders';
import { migrateToLatest } from '../../src/data/migrate';
import { insertAdoptedPlanVersion } from '../../src/data/repositories/plan.repository';
import type { Role } from '../../src/core/people/roles';
import { buildDistrict, buildRegionWithStaff, buildUser, serviceBody } from '../factories';
import { signInAs, signInEveryRole, type HttpSession } from '../support/http-session';
import { startFreshTestApp, type TestApp } from '../support/test-app';
import { freshDatabases } from '../support/fresh-databases';

const YEAR = '2026-27';

describe.each(freshDatabases('monitoring_apps'))(
  'applications and the SSDP Tracking Log on $name (MN2, MN3)',
  (database) => {
    let t: TestApp;
    let fixture: Awaited<ReturnType<typeof buildRegionWithStaff>>;
    let sessions: Record<Role, HttpSession>;
    let otherDistrictStaff: HttpSession;
    let otherConsultant: HttpSession;
    let secondDistrictId: string;
    let districtServiceId: string;

    beforeAll(async () => {
      const handle = await database.open();
      await migrateToLatest(handle.db);
      await handle.close();
      t = await startFreshTestApp(database);
      const plan = smallPlan();
      plan.strategies = plan.strategies.map((s) =>
        s.number === '7.1' ? { ...s, implementer: 'district' } : s,
      );
      await insertAdoptedPlanVersion(t.handle.db, {
        name: 'Plan',
        notes: null,
        demo: false,
        adoptedOn: '2026-01-01',
        content: plan,
      });
      fixture = await buildRegionWithStaff(t.handle.db);
      const second = await buildDistrict(t.handle.db, fixture.region.id);
      secondDistrictId = second.id;
      await t.handle.db
        .updateTable('districts')
        .set({ is_reimbursable: true })
        .where('id', 'in', [fixture.district.id, second.id])
        .execute();
      sessions = await signInEveryRole(t.app, fixture.users);
      otherDistrictStaff = await signInAs(
        t.app,
        (
          await buildUser(t.handle.db, {
            role: 'district_staff',
            regionId: fixture.region.id,
            districtId: second.id,
          })
        ).email,
      );
      otherConsultant = await signInAs(
        t.app,
        (await buildUser(t.handle.db, { role: 'state_consultant', assignedRegionIds: [] })).email,
      );
      const service = await sessions.region_director.request(
        'POST',
        '/api/services',
        serviceBody({
          districtId: fixture.district.id,
          startDate: '2026-09-01',
          endDate: '2027-05-31',
          term: 'RSY',
        }),
      );
      expect(service.status).toBe(201);
      districtServiceId = service.body.id;
    });
    afterAll(async () => {
      await t?.close();
      await database.drop();
    });

    const line = (label: string, strategies: string[], serviceIds: string[] = []) => ({
      label,
      description: `Line ${label}`,
      fundingResource: '3060' as const,
      amount: 1500.25,
      strategies,
      serviceIds,
    });
    const auditOf = (id: string) =>
      t.handle.db
        .selectFrom('audit_events')
        .select(['action', 'before', 'after'])
        .where('entity_type', '=', 'application')
        .where('entity_id', '=', id)
        .orderBy('id')
        .execute();

    it('a director writes the regional application, submits it, the assigned consultant approves it and it can be reopened, audited at each step', async () => {
      const director = sessions.region_director;
      const created = await director.request('POST', '/api/monitoring/applications', {
        districtId: null,
        kind: 'regional_application',
        programYear: YEAR,
        lines: [line('1', ['1.1'])],
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        status: 'draft',
        revision: 1,
        total: 1500.25,
        abilities: { edit: true, approve: false },
      });
      const again = await director.request('POST', '/api/monitoring/applications', {
        districtId: null,
        kind: 'regional_application',
        programYear: YEAR,
        lines: [],
      });
      expect(again.status).toBe(409);

      const bad = await director.request('PUT', `/api/monitoring/applications/${created.body.id}`, {
        version: 1,
        kind: 'regional_application',
        lines: [line('1', ['9.9'])],
      });
      expect(bad.status).toBe(400);
      expect(bad.body.error.problems[0].field).toBe('lines[0].strategies[0]');
      const saved = await director.request('PUT', `/api/monitoring/applications/${created.body.id}`, {
        version: 1,
        kind: 'regional_application',
        lines: [line('1', ['1.1']), line('2', ['7.1'])],
      });
      expect(saved.status).toBe(200);
      const stale = await director.request('PUT', `/api/monitoring/applications/${created.body.id}`, {
        version: 1,
        kind: 'regional_application',
        lines: [],
      });
      expect(stale.status).toBe(409);
      expect(stale.body.error.problems[0].field).toBe('version');

      const submitted = await director.request(
        'POST',
        `/api/monitoring/applications/${created.body.id}/status`,
        {
          version: saved.body.version,
          step: 'submit',
        },
      );
      expect(submitted.body.status).toBe('submitted');
      const frozen = await director.request('PUT', `/api/monitoring/applications/${created.body.id}`, {
        version: submitted.body.version,
        kind: 'regional_application',
        lines: [],
      });
      expect(frozen.status).toBe(409);
      expect(
        (
          await director.request('POST', `/api/monitoring/applications/${created.body.id}/approval`, {
            version: submitted.body.version,
          })
        ).status,
      ).toBe(403);
      expect(
        (
          await otherConsultant.request('POST', `/api/monitoring/applications/${created.body.id}/approval`, {
            version: submitted.body.version,
          })
        ).status,
      ).toBe(404);
      const approved = await sessions.state_consultant.request(
        'POST',
        `/api/monitoring/applications/${created.body.id}/approval`,
        {
          version: submitted.body.version,
        },
      );
      expect(approved.status).toBe(200);
      expect(approved.body.status).toBe('approved');
      const reopened = await director.request(
        'POST',
        `/api/monitoring/applications/${created.body.id}/status`,
        {
          version: approved.body.version,
          step: 'revise',
        },
      );
      expect(reopened.body).toMatchObject({ status: 'revised', revision: 2 });
      const audit = await auditOf(created.body.id);
      expect(audit.map((a) => [a.action, (a.after as { step?: string }).step ?? null])).toEqual([
        ['create', null],
        ['update', null],
        ['update', 'submit'],
        ['update', 'approve'],
        ['update', 'revise'],
      ]);
      expect(audit[1]!.before).toEqual({ kind: 'regional_application', lines: [line('1', ['1.1'])] });
    });

    it('district staff write only their district’s DSA, with its services, and see nothing else; the director approves it', async () => {
      const staff = sessions.district_staff;
      expect(
        (
          await staff.request('POST', '/api/monitoring/applications', {
            districtId: null,
            kind: 'regional_application',
            programYear: YEAR,
            lines: [],
          })
        ).status,
      ).toBe(403);
      expect(
        (
          await staff.request('POST', '/api/monitoring/applications', {
            districtId: secondDistrictId,
            kind: 'dsa',
            programYear: YEAR,
            lines: [],
          })
        ).status,
      ).toBe(403);
      const wrongService = await otherDistrictStaff.request('POST', '/api/monitoring/applications', {
        districtId: secondDistrictId,
        kind: 'mou',
        programYear: YEAR,
        lines: [line('1', ['1.1'], [districtServiceId])],
      });
      expect(wrongService.status).toBe(400);
      expect(wrongService.body.error.problems[0].field).toBe('lines[0].serviceIds[0]');
      const dsa = await staff.request('POST', '/api/monitoring/applications', {
        districtId: fixture.district.id,
        kind: 'dsa',
        programYear: YEAR,
        lines: [line('A', ['7.1'], [districtServiceId])],
      });
      expect(dsa.status).toBe(201);
      expect(dsa.body.fundableServices.map((s: { id: string }) => s.id)).toEqual([districtServiceId]);
      const listed = await staff.request('GET', '/api/monitoring/applications');
      expect(listed.body.items.map((a: { id: string }) => a.id)).toEqual([dsa.body.id]);
      expect(
        (await otherDistrictStaff.request('GET', `/api/monitoring/applications/${dsa.body.id}`)).status,
      ).toBe(404);
      expect((await sessions.recruiter.request('GET', '/api/monitoring/applications')).status).toBe(403);
      const submitted = await staff.request('POST', `/api/monitoring/applications/${dsa.body.id}/status`, {
        version: 1,
        step: 'submit',
      });
      expect(submitted.status).toBe(200);
      expect(
        (
          await sessions.state_consultant.request(
            'POST',
            `/api/monitoring/applications/${dsa.body.id}/approval`,
            { version: 2 },
          )
        ).status,
      ).toBe(403);
      const approved = await sessions.region_director.request(
        'POST',
        `/api/monitoring/applications/${dsa.body.id}/approval`,
        { version: 2 },
      );
      expect(approved.body.status).toBe('approved');
    });

    it('the tracking log shows who carries out what and the alignment check names the second district’s gap; exported as XLSX and PDF', async () => {
      const log = await sessions.region_director.request(
        'GET',
        `/api/monitoring/tracking-log?programYear=${YEAR}`,
      );
      expect(log.status).toBe(200);
      expect(log.body.implementers.map((i: { districtId: string | null }) => i.districtId)).toEqual(
        expect.arrayContaining([null, fixture.district.id, secondDistrictId]),
      );
      expect(log.body.problems).toEqual([
        { kind: 'missing_in_district', strategy: '7.1', districtId: secondDistrictId },
      ]);
      const cell = log.body.cells.find(
        (c: { strategy: string; districtId: string | null }) =>
          c.strategy === '7.1' && c.districtId === fixture.district.id,
      );
      expect(cell.lines).toEqual([{ applicationId: expect.any(String), label: 'A' }]);
      expect(
        (await sessions.district_staff.request('GET', `/api/monitoring/tracking-log?programYear=${YEAR}`))
          .status,
      ).toBe(404);
      expect(
        (
          await otherConsultant.request(
            'GET',
            `/api/monitoring/tracking-log?programYear=${YEAR}&regionId=${fixture.region.id}`,
          )
        ).status,
      ).toBe(404);
      const consultant = await sessions.state_consultant.request(
        'GET',
        `/api/monitoring/tracking-log?programYear=${YEAR}&regionId=${fixture.region.id}`,
      );
      expect(consultant.body.problems).toHaveLength(1);

      for (const [format, magic] of [
        ['xlsx', 'PK'],
        ['pdf', '%PDF'],
      ] as const) {
        const file = await t.app.inject({
          method: 'GET',
          url: `/api/monitoring/tracking-log/file?programYear=${YEAR}&format=${format}`,
          cookies: sessions.region_director.cookies,
        });
        expect(file.statusCode).toBe(200);
        expect(file.rawPayload.subarray(0, magic.length).toString()).toBe(magic);
        expect(file.headers['content-disposition']).toContain(`${YEAR}.${format}`);
      }

      // In the reader's language: the headings and the alignment gap in Spanish.
      for (const [language, heading, gap] of [
        ['en', 'Strategy', 'missing in'],
        ['es', 'Estrategia', 'falta en'],
      ] as const) {
        const file = await t.app.inject({
          method: 'GET',
          url: `/api/monitoring/tracking-log/file?programYear=${YEAR}&format=xlsx&language=${language}`,
          cookies: sessions.region_director.cookies,
        });
        expect(file.statusCode).toBe(200);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
        const sheet = workbook.worksheets[0]!;
        expect(sheet.getRow(2).getCell(1).value).toBe(heading);
        const lastColumn = sheet.getRow(2).cellCount;
        const gaps = sheet
          .getColumn(lastColumn)
          .values.filter((value): value is string => typeof value === 'string' && value.startsWith(gap));
        expect(gaps).toHaveLength(1);
      }
    });
  },
);
