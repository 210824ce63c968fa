import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../factories';
import { freshDatabases } from '../support/fresh-databases';
import { signInAs, type HttpSession } from '../support/http-session';
import { readPdf } from '../support/pdf-text';
import { countsOf, expectedReport, importServicesSample, SERVICES_SAMPLE } from '../support/services-sample';
import { startFreshTestApp, type TestApp } from '../support/test-app';

/** The rows of one of the sample's CSV files (it has no quoted cells), keyed by lower-case column. */
function csvRows(file: string): Array<Record<string, string>> {
  const [header, ...lines] = readFileSync(path.join(SERVICES_SAMPLE, file), 'utf8').trim().split(/\r?\n/);
  const columns = header!.split(',').map((column) => column.trim().toLowerCase());
  return lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [columns[i]!, cell])));
}

/** Region 5's participation in 2024-25, counted from the CSV files by hand. */
function expectedParticipationOfRegion5() {
  const services = new Map(
    csvRows('services.csv')
      .filter((s) => s.region === '5' && s.start_date! >= '2024-09-01' && s.start_date! <= '2025-08-31')
      .map((s) => [s.service_id!, s.term!]),
  );
  const enrollments = csvRows('enrollments.csv').filter((e) => services.has(e.service_id!));
  const minutes = (term: string) =>
    csvRows('attendance.csv')
      .filter((a) => services.get(a.service_id!) === term)
      .reduce((sum, a) => sum + Number(a.minutes), 0);
  const terms = ['RSY', 'SUMMER', 'INTERSESSION'].map((term) => {
    const ofTerm = enrollments.filter((e) => services.get(e.service_id!) === term);
    return {
      term,
      childrenServed: new Set(ofTerm.map((e) => e.student_id)).size,
      enrollments: ofTerm.length,
      attendedHours: Math.round(minutes(term) / 6) / 10,
    };
  });
  const allMinutes = ['RSY', 'SUMMER', 'INTERSESSION'].reduce((sum, term) => sum + minutes(term), 0);
  return {
    terms,
    childrenServed: new Set(enrollments.map((e) => e.student_id)).size,
    enrollments: enrollments.length,
    attendedHours: Math.round(allMinutes / 6) / 10,
  };
}

const REVIEW = {
  challenges: 'Post tests were missed when families moved in May.',
  practices: 'Give the post test in the last two weeks, and at the home visit when a family leaves.',
  goals: '=Every child served in MPO 4.0 with a pair of tests.',
};

// The services folder creates regions by their fixed numbers: each run gets a database of its own.
describe.each(freshDatabases('appr'))('the APPR over HTTP on $name', (database) => {
  let t: TestApp;
  let five: string;
  let three: string;
  let admin: HttpSession;
  let director5: HttpSession;
  let specialist5: HttpSession;
  let recruiter5: HttpSession;
  let specialist3: HttpSession;
  let consultantOf5: HttpSession;
  const apprOf5 = () => `/api/appr/${five}/2024-25`;

  beforeAll(async () => {
    t = await startFreshTestApp(database);
    const regionIds = await importServicesSample(t.handle.db);
    five = regionIds.get(5)!;
    three = regionIds.get(3)!;
    const session = async (options: Parameters<typeof buildUser>[1]) =>
      signInAs(t.app, (await buildUser(t.handle.db, options)).email);
    admin = await session({ role: 'state_admin' });
    director5 = await session({ role: 'region_director', regionId: five });
    specialist5 = await session({ role: 'data_specialist', regionId: five });
    recruiter5 = await session({ role: 'recruiter', regionId: five });
    specialist3 = await session({ role: 'data_specialist', regionId: three });
    consultantOf5 = await session({ role: 'state_consultant', assignedRegionIds: [five] });
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await database.drop();
  });

  it("gives a subgrantee's MPO figures with findings, its participation, and an empty review", async () => {
    const reply = await director5.request('GET', apprOf5());
    expect(reply.status).toBe(200);
    expect(reply.body.region).toMatchObject({ id: five, number: 5 });
    expect(countsOf(reply.body.mpos)).toEqual(expectedReport('expected.region5.2024-25.json').mpos);
    const mpo4 = reply.body.mpos.find((mpo: { mpo: string }) => mpo.mpo === '4.0');
    expect(mpo4.findings.map((finding: { words: { en: string } }) => finding.words.en)).toEqual([
      "13 of 17 children served are not in the MPO's population.",
      '1 of 4 children who met the dosage have no pair of pre and post tests.',
    ]);
    expect(reply.body.participation).toEqual(expectedParticipationOfRegion5());
    expect(reply.body.participation.enrollments).toBeGreaterThan(0);
    expect(reply.body.review).toEqual({
      challenges: '',
      practices: '',
      goals: '',
      version: 0,
      savedAt: null,
      savedBy: null,
      figures: null,
    });
    expect(reply.body.abilities).toEqual({ review: true });
    expect((await recruiter5.request('GET', apprOf5())).body.abilities).toEqual({ review: false });
  });

  it('is read within scope only: 404 outside it, the same as a region that does not exist', async () => {
    expect((await consultantOf5.request('GET', apprOf5())).status).toBe(200);
    expect((await specialist3.request('GET', apprOf5())).status).toBe(404);
    expect(
      (await admin.request('GET', '/api/appr/00000000-0000-4000-8000-000000000000/2024-25')).status,
    ).toBe(404);
    const badPeriod = await admin.request('GET', `/api/appr/${five}/2024-2025`);
    expect(badPeriod.status).toBe(400);
    expect(badPeriod.body.error.message).toMatch(/period/);
  });

  it('saves the review with the figures of the moment, audited, and refuses a stale version with 409', async () => {
    const auditsBefore = await t.handle.db
      .selectFrom('audit_events')
      .select(['id'])
      .where('entity_type', '=', 'appr_review')
      .execute();
    expect((await recruiter5.request('PUT', apprOf5(), { version: 0, ...REVIEW })).status).toBe(403);
    expect((await consultantOf5.request('PUT', apprOf5(), { version: 0, ...REVIEW })).status).toBe(403);
    expect((await specialist3.request('PUT', apprOf5(), { version: 0, ...REVIEW })).status).toBe(404);

    const saved = await specialist5.request('PUT', apprOf5(), {
      version: 0,
      ...REVIEW,
      challenges: `  ${REVIEW.challenges}\n`,
    });
    expect(saved.status).toBe(200);
    expect(saved.body.review).toMatchObject({ ...REVIEW, version: 1, savedBy: 'Test data_specialist' });
    expect(countsOf(saved.body.review.figures.mpos)).toEqual(
      expectedReport('expected.region5.2024-25.json').mpos,
    );
    expect(saved.body.review.figures.participation).toEqual(expectedParticipationOfRegion5());

    const stale = await director5.request('PUT', apprOf5(), { version: 0, ...REVIEW, goals: 'Other goals' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.problems).toEqual([{ field: 'version', message: 'is not the latest' }]);
    const second = await director5.request('PUT', apprOf5(), { version: 1, ...REVIEW, goals: 'Other goals' });
    expect(second.status).toBe(200);
    expect(second.body.review).toMatchObject({
      goals: 'Other goals',
      version: 2,
      savedBy: 'Test region_director',
    });
    expect((await director5.request('PUT', apprOf5(), { version: 1, ...REVIEW })).status).toBe(409);

    const audits = await t.handle.db
      .selectFrom('audit_events')
      .select(['action', 'entity_id', 'region_id', 'before', 'after'])
      .where('entity_type', '=', 'appr_review')
      .orderBy('id')
      .execute();
    expect(audits.length - auditsBefore.length).toBe(2);
    expect(audits.map((audit) => [audit.action, audit.entity_id, audit.region_id])).toEqual([
      ['create', `${five}/2024-25`, five],
      ['update', `${five}/2024-25`, five],
    ]);
    expect(audits[1]!.before).toMatchObject({ goals: REVIEW.goals, version: 1 });
    expect(audits[1]!.after).toMatchObject({ goals: 'Other goals', version: 2 });
  });

  it('refuses an answer that is too long, naming it, and writes nothing', async () => {
    const before = (await admin.request('GET', apprOf5())).body.review;
    const reply = await admin.request('PUT', apprOf5(), {
      version: before.version,
      ...REVIEW,
      practices: 'x'.repeat(4001),
    });
    expect(reply.status).toBe(400);
    expect(reply.body.error.message).toMatch(/practices/);
    expect((await admin.request('GET', apprOf5())).body.review).toEqual(before);
  });

  it('lets one of two simultaneous first saves win and answers the other 409', async () => {
    const key = `/api/appr/${three}/2024-25`;
    const threeAdmin = admin;
    const replies = await Promise.all([
      threeAdmin.request('PUT', key, { version: 0, ...REVIEW }),
      threeAdmin.request('PUT', key, { version: 0, ...REVIEW, goals: 'Theirs' }),
    ]);
    expect(replies.map((reply) => reply.status).sort()).toEqual([200, 409]);
    expect((await admin.request('GET', key)).body.review.version).toBe(1);
  });

  it('writes the APPR as a PDF in English and Spanish, with the figures, findings and review', async () => {
    const english = await t.app.inject({ method: 'GET', url: `${apprOf5()}.pdf`, cookies: admin.cookies });
    expect(english.statusCode).toBe(200);
    expect(english.headers['content-type']).toBe('application/pdf');
    expect(english.headers['content-disposition']).toContain('appr-region-5-2024-25.pdf');
    const englishText = readPdf(english.rawPayload).text.replace(/\n/g, ' ');
    for (const words of [
      'Annual Performance Progress Report',
      'Region 5',
      'MPO 4.0',
      "13 of 17 children served are not in the MPO's population.",
      'Participation',
      REVIEW.practices,
    ])
      expect(englishText).toContain(words);
    const spanish = await t.app.inject({
      method: 'GET',
      url: `${apprOf5()}.pdf?lang=es`,
      cookies: admin.cookies,
    });
    const spanishText = readPdf(spanish.rawPayload).text.replace(/\n/g, ' ');
    for (const words of [
      'Informe Anual de Progreso del Desempeño',
      'Región 5',
      '13 de 17 niños atendidos no pertenecen a la población del MPO.',
      'Metas para el nuevo año escolar',
    ])
      expect(spanishText).toContain(words);
    expect(readPdf(spanish.rawPayload).missingGlyphs).toBe(0);
    const outside = await t.app.inject({
      method: 'GET',
      url: `${apprOf5()}.pdf`,
      cookies: specialist3.cookies,
    });
    expect(outside.statusCode).toBe(404);
  });

  it('writes the APPR as an XLSX workbook in English and Spanish that reads back to the same figures', async () => {
    const figures = (await admin.request('GET', apprOf5())).body;
    for (const [lang, sheets, question] of [
      ['en', ['MPOs', 'Drop-off', 'Participation', 'Review'], 'Goals for the new school year'],
      ['es', ['MPO', 'Pérdidas', 'Participación', 'Revisión'], 'Metas para el nuevo año escolar'],
    ] as const) {
      const reply = await t.app.inject({
        method: 'GET',
        url: `${apprOf5()}.xlsx?lang=${lang}`,
        cookies: admin.cookies,
      });
      expect(reply.statusCode).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(reply.rawPayload as unknown as ArrayBuffer);
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(sheets);
      const mpoRows: unknown[][] = [];
      workbook.worksheets[0]!.eachRow((row) => mpoRows.push((row.values as unknown[]).slice(1)));
      const line4 = mpoRows.find((row) => row[0] === '4.0')!;
      expect(line4.slice(0, 10)).toEqual([
        '4.0',
        'HSG',
        17,
        4,
        4,
        3,
        1,
        33.3,
        50,
        lang === 'en' ? 'Too few tested' : 'Muy pocos evaluados',
      ]);
      expect(String(line4[10])).toContain(
        lang === 'en' ? '13 of 17 children served' : '13 de 17 niños atendidos',
      );
      const dropOff: unknown[][] = [];
      workbook.worksheets[1]!.eachRow((row) => dropOff.push((row.values as unknown[]).slice(1)));
      expect(dropOff.filter((row) => row[0] === '4.0').map((row) => row.slice(3, 6))).toEqual([
        [17, 4, 13],
        [4, 4, 0],
        [4, 3, 1],
        [3, 1, 2],
      ]);
      const participation: unknown[][] = [];
      workbook.worksheets[2]!.eachRow((row) => participation.push((row.values as unknown[]).slice(1)));
      expect(participation.at(-1)!.slice(1)).toEqual([
        figures.participation.childrenServed,
        figures.participation.enrollments,
        figures.participation.attendedHours,
      ]);
      const review = workbook.worksheets[3]!;
      expect(review.getCell('A4').text).toBe(question);
      expect(review.getCell('B4').text).toBe(figures.review.goals);
      expect(review.getCell('B4').formula).toBeUndefined();
    }
  });

  it('rolls every subgrantee up beside the state for state roles only', async () => {
    const reply = await admin.request('GET', '/api/appr/state/2024-25');
    expect(reply.status).toBe(200);
    expect(countsOf(reply.body.mpos)).toEqual(expectedReport('expected.state.2024-25.json').mpos);
    const numbers = reply.body.regions.map((region: { regionNumber: number }) => region.regionNumber);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(numbers).toContain(5);
    const region5 = reply.body.regions.find((region: { regionNumber: number }) => region.regionNumber === 5);
    expect(region5.mpos.map((mpo: { status: string }) => mpo.status)).toEqual(
      expectedReport('expected.region5.2024-25.json').mpos.map((mpo) => mpo.status),
    );
    expect(region5.reviewSavedAt).not.toBeNull();
    for (const line of reply.body.mpos) {
      const { met, notMet, insufficient } = line.subgrantees;
      expect(met + notMet + insufficient).toBe(numbers.length);
    }
    expect((await specialist5.request('GET', '/api/appr/state/2024-25')).status).toBe(404);
    expect((await consultantOf5.request('GET', '/api/appr/state/2024-25')).status).toBe(404);
  });

  it('writes the state roll-up as a PDF and an XLSX workbook in English and Spanish, for state roles only', async () => {
    const rollUp = (await admin.request('GET', '/api/appr/state/2024-25')).body;
    const file = (url: string, cookies = admin.cookies) => t.app.inject({ method: 'GET', url, cookies });
    const pdf = await file('/api/appr/state/2024-25.pdf?lang=es');
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-disposition']).toContain('appr-state-2024-25.pdf');
    const pdfText = readPdf(pdf.rawPayload).text.replace(/\n/g, ' ');
    for (const words of ['APPR: resumen estatal', 'Subbeneficiario', 'Región 5', 'Muy pocos evaluados'])
      expect(pdfText).toContain(words);
    expect(readPdf(pdf.rawPayload).missingGlyphs).toBe(0);

    const xlsx = await file('/api/appr/state/2024-25.xlsx');
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['State', 'Subgrantees']);
    const stateRows: unknown[][] = [];
    workbook.worksheets[0]!.eachRow((row) => stateRows.push((row.values as unknown[]).slice(1)));
    const line4 = stateRows.find((row) => row[0] === '4.0')!;
    const state4 = rollUp.mpos.find((mpo: { mpo: string }) => mpo.mpo === '4.0');
    expect(line4.slice(2, 7)).toEqual([
      state4.served,
      state4.inPopulation,
      state4.dosageMet,
      state4.tested,
      state4.grew,
    ]);
    expect(line4.slice(10)).toEqual([
      state4.subgrantees.met,
      state4.subgrantees.notMet,
      state4.subgrantees.insufficient,
    ]);
    const regionRows: unknown[][] = [];
    workbook.worksheets[1]!.eachRow((row) => regionRows.push((row.values as unknown[]).slice(1)));
    expect(regionRows.slice(1).map((row) => row[0])).toEqual(
      rollUp.regions.map(
        (region: { regionNumber: number; regionName: string }) =>
          `Region ${region.regionNumber} · ${region.regionName}`,
      ),
    );

    expect((await file('/api/appr/state/2024-25.xlsx', specialist5.cookies)).statusCode).toBe(404);
  });
});
