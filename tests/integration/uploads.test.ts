import ExcelJS from 'exceljs';
import { constants, createDeflateRaw, deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SPREADSHEET_LIMITS } from '../../src/usecases/spreadsheets/spreadsheet-limits';
import { buildRegionWithStaff } from '../factories';
import { signInAs, type HttpSession } from '../support/http-session';
import { startTestApp, type TestApp } from '../support/test-app';
import { TEST_DATABASES } from '../support/test-databases';
import { dashboardForm, uploadForm } from '../support/upload-form';

const MB = 1024 * 1024;

async function xlsx(fill: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook.addWorksheet('List'));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** `size` bytes of sheet XML deflated as a stream, never held inflated in memory. */
async function deflatedSheetXml(size: number): Promise<Buffer> {
  const head = '<?xml version="1.0"?><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>';
  const tail = '</t></is></c></row></sheetData></worksheet>';
  const chunk = Buffer.alloc(MB, 'x');
  const deflate = createDeflateRaw({ level: constants.Z_BEST_COMPRESSION });
  const parts: Buffer[] = [];
  deflate.on('data', (part: Buffer) => parts.push(part));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  deflate.write(head);
  for (let written = head.length + tail.length; written < size; written += chunk.length) {
    if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end(tail);
  await done;
  return Buffer.concat(parts);
}

/** A ZIP archive of already-deflated entries, each declaring the inflated size given. */
function zip(entries: Array<{ name: string; deflated: Buffer; declaredSize: number }>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(entry.deflated.length, 18);
    local.writeUInt32LE(entry.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(entry.deflated.length, 20);
    central.writeUInt32LE(entry.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.deflated);
    centrals.push(central, name);
    offset += local.length + name.length + entry.deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A small XLSX whose one sheet is `sheet` (deflated), declaring it inflates to `declared` bytes. */
function zipBomb(sheet: Buffer, declared: number): Buffer {
  const small = (name: string, text: string) => {
    const deflated = deflateRawSync(text);
    return { name, deflated, declaredSize: Buffer.byteLength(text) };
  };
  return zip([
    small(
      '_rels/.rels',
      '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    small(
      'xl/workbook.xml',
      '<workbook><sheets><sheet name="List" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    small(
      'xl/_rels/workbook.xml.rels',
      '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    { name: 'xl/worksheets/sheet1.xml', deflated: sheet, declaredSize: declared },
  ]);
}

describe.each(TEST_DATABASES)('uploads on $name', (database) => {
  let t: TestApp;
  let fixture: Awaited<ReturnType<typeof buildRegionWithStaff>>;
  let manager: HttpSession;
  let admin: HttpSession;

  beforeAll(async () => {
    t = await startTestApp(database);
    fixture = await buildRegionWithStaff(t.handle.db);
    manager = await signInAs(t.app, fixture.users.ir_manager.email);
    admin = await signInAs(t.app, fixture.users.state_admin.email);
  });
  afterAll(() => t.close());

  const preview = (name: string, content: string | Uint8Array) =>
    manager.request(
      'POST',
      '/api/referrals/imports/preview',
      uploadForm({ districtId: fixture.district.id }, [{ name, content }]),
    );

  it('refuses quickly a sparse XLSX with one cell at row 20,000, column 200, naming the limit and the file', async () => {
    const sparse = await xlsx((sheet) => {
      sheet.getCell(20_000, 200).value = 'x';
    });
    expect(sparse.length).toBeLessThan(10_000);
    const started = performance.now();
    const reply = await preview('sparse.xlsx', sparse);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(reply.status).toBe(400);
    expect(reply.body.error.message).toBe(
      `file: sparse.xlsx has a cell in column GR (row 20000): more than ${SPREADSHEET_LIMITS.columns} columns, the limit`,
    );
  });

  it('refuses a zip bomb, whether it declares its size or lies about it, without the memory growing', async () => {
    const inflated = SPREADSHEET_LIMITS.inflatedBytes + 50 * MB;
    const sheet = await deflatedSheetXml(inflated);
    const honest = zipBomb(sheet, inflated);
    const lying = zipBomb(sheet, 10 * MB);
    expect(honest.length).toBeLessThan(MB);
    const before = process.memoryUsage().rss;
    for (const [name, bomb] of [
      ['bomb.xlsx', honest],
      ['liar.xlsx', lying],
    ] as const) {
      const reply = await preview(name, bomb);
      expect(reply.status, name).toBe(400);
      expect(reply.body.error.message, name).toMatch(new RegExp(`^file: ${name.replace('.', '\\.')} `));
      expect(JSON.stringify(reply.body).length, name).toBeLessThan(1_000);
    }
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * MB);
    const dashboard = await admin.request(
      'POST',
      '/api/da/imports',
      dashboardForm({ 'leas.xlsx': honest }, 2018),
    );
    expect(dashboard.status).toBe(400);
    expect(dashboard.body.error.message).toContain(
      `inflates to more than ${SPREADSHEET_LIMITS.inflatedBytes / MB} MB`,
    );
  });

  it('refuses too many columns, too long a cell and too many rows in a CSV, naming the limit and the file', async () => {
    const wide = await preview('wide.csv', Array.from({ length: 101 }, (_, i) => `c${i}`).join(','));
    expect(wide.body.error.message).toBe(
      'file: wide.csv has a cell in column CW (row 1): more than 100 columns, the limit',
    );
    const long = await preview('long.csv', `First Name\n${'x'.repeat(10_001)}`);
    expect(long.body.error.message).toBe('file: long.csv, cell A2: more than 10,000 characters, the limit');
    const tall = await preview('tall.csv', 'n\n'.repeat(SPREADSHEET_LIMITS.rows + 1));
    expect(tall.status).toBe(400);
    expect(tall.body.error.message).toBe('file: tall.csv has more than 200,000 rows, the limit');
  });

  it('refuses a file over 25 MB, more than 8 files, and a list sent as JSON', async () => {
    const big = await preview('big.csv', Buffer.alloc(25 * MB + 1, 'a'));
    expect(big.status).toBe(400);
    expect(big.body.error.message).toBe('file: a file is larger than 25 MB, the limit');
    const many = await admin.request(
      'POST',
      '/api/da/imports',
      dashboardForm(Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`f${i}.csv`, 'x']))),
    );
    expect(many.status).toBe(400);
    expect(many.body.error.message).toBe('file: more than 8 files, the limit');
    const json = await manager.request('POST', '/api/referrals/imports/preview', {
      districtId: fixture.district.id,
      fileName: 'list.csv',
      content: 'First Name\nAna',
    });
    expect(json.status).toBe(400);
    expect(json.body.error.message).toBe('body: send the file as multipart/form-data');
  });

  it('previews only the first rows, each cell cut short', async () => {
    const rows = ['First Name,Last Name,Birthdate,Notes'];
    for (let i = 0; i < 1_000; i += 1) rows.push(`Ana${i},Paz,2015-01-01,${'n'.repeat(5_000)}`);
    const reply = await preview('notes.csv', rows.join('\n'));
    expect(reply.status).toBe(200);
    expect(reply.body.rowCount).toBe(1_000);
    expect(reply.body.sample).toHaveLength(5);
    expect(reply.body.sample[0][3]).toHaveLength(200);
    expect(JSON.stringify(reply.body).length).toBeLessThan(10_000);
  });

  it('imports a 10,000-row XLSX while the server keeps answering', async () => {
    const list = await xlsx((sheet) => {
      sheet.addRow(['First Name', 'Last Name', 'DOB', 'School', 'Guardian', 'Phone']);
      for (let i = 0; i < 10_000; i += 1)
        sheet.addRow([
          `Nombre${i}`,
          `Apellido${i}`,
          new Date(Date.UTC(2010 + (i % 8), i % 12, 1 + (i % 28))),
          'Central',
          `Tutor ${i}`,
          `(209) 555-${String(i).padStart(4, '0')}`,
        ]);
    });
    const importing = manager.request(
      'POST',
      '/api/referrals/imports',
      uploadForm(
        {
          districtId: fixture.district.id,
          mapping: { firstName: 'First Name', lastSurname: 'Last Name', birthDate: 'DOB' },
        },
        [{ name: 'ten-thousand.xlsx', content: list }],
      ),
    );
    // while the workbook is being read, the server answers other requests at once
    for (const wait of [100, 250, 400]) {
      await new Promise((resolve) => setTimeout(resolve, wait));
      const started = performance.now();
      const health = await t.app.inject({ method: 'GET', url: '/api/health' });
      expect(health.statusCode).toBe(200);
      expect(performance.now() - started).toBeLessThan(1_000);
    }
    const imported = await importing;
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    expect(imported.body).toMatchObject({ rows: 10_000, added: 10_000, skippedCount: 0 });
  }, 60_000);
});
