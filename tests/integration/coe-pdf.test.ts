import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRegionWithStaff } from '../factories';
import { signInAs, type HttpSession } from '../support/http-session';
import { readPdf } from '../support/pdf-text';
import { startTestApp, type TestApp } from '../support/test-app';
import { TEST_DATABASES } from '../support/test-databases';

const CASES = path.resolve(import.meta.dirname, '../cases/eligibility');

/**
 * The seed's scenario 2 (Joe picks cherries in Hollister and comes back to Oakland; his
 * daughter joins him from Guatemala), with a son who went to Hollister and back with him:
 * two children who moved at different times, each with their own dates on the certificate.
 */
function scenario2WithSon() {
  const interview = JSON.parse(
    readFileSync(path.join(CASES, '002-seed-joe-daughter-joins-sqm.json'), 'utf8'),
  ).input;
  interview.children.push({
    id: 'c-son',
    birthDate: '2009-06-01',
    workers: [{ worker: 'w-joe', relation: 'parent' }],
  });
  for (const move of interview.moves) if (move.id === 'm2' || move.id === 'm3') move.movers.push('c-son');
  return interview;
}

const newChild = (firstName: string, birthDate: string, sex: string) => ({
  firstName,
  lastSurname: 'Jellybean',
  secondSurname: 'Pérez',
  birthDate,
  birthCountry: 'GT',
  birthCity: 'Olopa',
  sex,
});

describe.each(TEST_DATABASES)('the printed COE on $name (COE1)', (database) => {
  let t: TestApp;
  let recruiter: HttpSession;
  const texts: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp(database);
    const fixture = await buildRegionWithStaff(t.handle.db);
    recruiter = await signInAs(t.app, fixture.users.recruiter.email);
    const coe = await recruiter.request('POST', '/api/coes', {
      regionId: fixture.region.id,
      interview: scenario2WithSon(),
      children: [
        { interviewChildId: 'c-daughter', newChild: newChild('Lucía', '2011-02-10', 'female') },
        { interviewChildId: 'c-son', newChild: newChild('Mateo', '2009-06-01', 'male') },
      ],
      residencyDate: '2019-07-01',
    });
    expect(coe.status, JSON.stringify(coe.body)).toBe(201);
    for (const language of ['en', 'es']) {
      const pdf = await t.app.inject({
        method: 'GET',
        url: `/api/coes/${coe.body.id}/pdf?language=${language}`,
        cookies: recruiter.cookies,
      });
      expect(pdf.statusCode).toBe(200);
      texts[language] = readPdf(pdf.rawPayload).text;
    }
  });
  afterAll(() => t.close());

  /** The value printed after a label on the same line, e.g. `Worker: Joe Jellybean`. */
  const valuesOf = (text: string, label: string) => {
    const lines = text.split('\n');
    return lines.flatMap((line, i) => (line === `${label}: ` ? [lines[i + 1] ?? ''] : []));
  };

  it.each([
    {
      language: 'en',
      worker: 'Worker',
      moves: 'Qualifying moves',
      from: 'From',
      to: 'To',
      work: 'Qualifying work',
      seasonal: 'picking cherries (agricultural, seasonal, began 05/02/2019) — Joe Jellybean',
      necessity: ['Economic necessity', 'This move was made due to economic necessity.'],
      qad: 'QAD',
      residency: ['Residency date', '07/01/2019'],
      roundTrip: [
        'Round trip',
        'Yes: Joe Jellybean left Oakland, CA for Hollister, CA on 05/01/2019, back on 07/01/2019',
      ],
      workerMoveDate: 'Worker move date',
      childMoveDate: ['Child move date', '08/01/2019'],
      qads: ['08/01/2019', '07/01/2019'],
      move: (n: number, date: string) => `Move ${n} — ${date}`,
      dates: ['05/01/2019', '07/01/2019', '08/01/2019'],
    },
    {
      language: 'es',
      worker: 'Trabajador/a',
      moves: 'Mudanzas calificadas',
      from: 'De',
      to: 'A',
      work: 'Trabajo calificado',
      seasonal: 'picking cherries (agrícola, de temporada, comenzó el 02/05/2019) — Joe Jellybean',
      necessity: ['Necesidad económica', 'Esta mudanza se hizo por necesidad económica.'],
      qad: 'QAD',
      residency: ['Fecha de residencia', '01/07/2019'],
      roundTrip: [
        'Viaje de ida y vuelta',
        'Sí: Joe Jellybean salió de Oakland, CA a Hollister, CA el 01/05/2019, volvió el 01/07/2019',
      ],
      workerMoveDate: 'Fecha de la mudanza del trabajador',
      childMoveDate: ['Fecha de la mudanza del niño/a', '01/08/2019'],
      qads: ['01/08/2019', '01/07/2019'],
      move: (n: number, date: string) => `Mudanza ${n} — ${date}`,
      dates: ['01/05/2019', '01/07/2019', '01/08/2019'],
    },
  ])('carries every field a certificate must in $language', (l) => {
    const text = texts[l.language]!;
    expect(valuesOf(text, l.worker)).toEqual(['Joe Jellybean']);
    expect(text).toContain(l.moves);
    // Each qualifying move, in date order: Oakland → Hollister, Hollister → Oakland, Olopa (Guatemala) → Oakland.
    expect(l.dates.map((date, i) => text.includes(l.move(i + 1, date)))).toEqual([true, true, true]);
    expect(valuesOf(text, l.from)).toEqual(['Oakland, CA', 'Hollister, CA', 'Olopa, Chiquimula, GT']);
    expect(valuesOf(text, l.to)).toEqual(['Hollister, CA', 'Oakland, CA', 'Oakland, CA']);
    expect(valuesOf(text, l.work)).toHaveLength(1);
    // A long value wraps onto the next line: read the lines as one.
    expect(text.replace(/\s*\n\s*/g, ' ')).toContain(`${l.work}: ${l.seasonal}`);
    expect(valuesOf(text, l.necessity[0]!)).toEqual([l.necessity[1], l.necessity[1], l.necessity[1]]);
    expect(valuesOf(text, l.residency[0]!)).toEqual([l.residency[1]]);
    expect(valuesOf(text, l.roundTrip[0]!)).toHaveLength(1);
    expect(text.replace(/\s*\n\s*/g, ' ')).toContain(`${l.roundTrip[0]}: ${l.roundTrip[1]}`);
    // One QAD and one worker move date per child; the daughter who joined later also her own move date.
    expect(valuesOf(text, l.qad)).toEqual(l.qads);
    expect(valuesOf(text, l.workerMoveDate)).toEqual([l.dates[0], l.dates[0]]);
    expect(valuesOf(text, l.childMoveDate[0]!)).toEqual([l.childMoveDate[1]]);
    expect(text).toContain('Lucía Jellybean Pérez');
    expect(text).toContain('Mateo Jellybean Pérez');
  });
});
