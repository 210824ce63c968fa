import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPdfDocument, writeText } from '../../src/usecases/exports/pdf-fonts';
import { buildRegionWithStaff } from '../factories';
import { signInAs, type HttpSession } from '../support/http-session';
import { readPdf } from '../support/pdf-text';
import { startTestApp, type TestApp } from '../support/test-app';
import { TEST_DATABASES } from '../support/test-databases';

const scenario2 = JSON.parse(
  readFileSync(
    path.resolve(import.meta.dirname, '../cases/eligibility/002-seed-joe-daughter-joins-sqm.json'),
    'utf8',
  ),
).input;

function pdfOf(write: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  const doc = createPdfDocument({ size: 'LETTER', margin: 50 });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  write(doc);
  doc.end();
  return done;
}

describe('PDF text in other scripts', () => {
  it('writes Greek, Chinese, Japanese, Vietnamese and Spanish in embedded Noto fonts, no character replaced', async () => {
    const pdf = readPdf(
      await pdfOf((doc) => {
        writeText(doc, 'Γιώργος Παπαδόπουλος', { bold: true });
        writeText(doc, 'Child: ', { continued: true });
        writeText(doc, '王小明 (Wang Xiaoming), 佐藤ひなた');
        writeText(doc, 'Đặng Văn Lâm — Lucía Pérez Núñez', { x: 100, y: 300, width: 400 });
      }),
    );
    expect(pdf.fonts.sort()).toEqual(['NotoSans-Bold', 'NotoSans-Regular', 'NotoSansSC-Regular']);
    expect(pdf.missingGlyphs).toBe(0);
    for (const text of ['Γιώργος Παπαδόπουλος', '王小明', '佐藤ひなた', 'Đặng Văn Lâm', 'Lucía Pérez Núñez'])
      expect(pdf.text).toContain(text);
  });
});

describe.each(TEST_DATABASES)('the COE PDF of a child named in Chinese on $name', (database) => {
  let t: TestApp;
  let recruiter: HttpSession;
  let regionId: string;

  beforeAll(async () => {
    t = await startTestApp(database);
    const fixture = await buildRegionWithStaff(t.handle.db);
    regionId = fixture.region.id;
    recruiter = await signInAs(t.app, fixture.users.recruiter.email);
  });
  afterAll(() => t.close());

  it('embeds Noto Sans and Noto Sans SC subsets, and prints the name and the Greek and Vietnamese text', async () => {
    const coe = await recruiter.request('POST', '/api/coes', {
      regionId,
      interview: scenario2,
      children: [
        {
          interviewChildId: 'c-daughter',
          newChild: {
            firstName: '小明',
            lastSurname: '王',
            birthDate: '2011-02-10',
            birthCountry: 'CN',
            birthCity: '福州',
            sex: 'female',
          },
        },
      ],
      residencyDate: '2019-08-01',
      qualifyingWork: 'Θερισμός ελιών; thu hoạch cà phê Đắk Lắk; cosecha de piña',
    });
    expect(coe.status, JSON.stringify(coe.body)).toBe(201);
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/coes/${coe.body.id}/pdf?language=en`,
      cookies: recruiter.cookies,
    });
    expect(response.statusCode).toBe(200);
    const pdf = readPdf(response.rawPayload);
    expect(pdf.fonts).toEqual(
      expect.arrayContaining(['NotoSans-Regular', 'NotoSans-Bold', 'NotoSansSC-Bold']),
    );
    expect(pdf.fonts.filter((font) => font.startsWith('Helvetica'))).toEqual([]);
    expect(pdf.missingGlyphs).toBe(0);
    expect(pdf.text).toContain('小明');
    expect(pdf.text).toContain('Θερισμός ελιών');
    expect(pdf.text).toContain('Đắk Lắk');
    expect(pdf.text).toContain('cosecha de piña');
    expect(response.rawPayload.length).toBeLessThan(60_000);
  });
});
