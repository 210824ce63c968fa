import ExcelJS from 'exceljs';
import { writeText } from '../exports/pdf-fonts';
import { pdfBytes, pdfRows } from '../exports/pdf-layout';
import type { UseCaseContext } from '../context';
import { getTrackingLog, type TrackingLogView } from './get-tracking-log';
import { TRACKING_LOG_LABELS, type TrackingLogLanguage } from './tracking-log-labels';

/** The grid as rows of text: the strategy, then each implementer's lines, then what the check finds (MN3.1, MN3.2). */
function gridRows(
  log: TrackingLogView,
  language: TrackingLogLanguage,
): { header: string[]; rows: string[][] } {
  const labels = TRACKING_LOG_LABELS[language];
  const header = [labels.strategy, ...log.implementers.map((i) => i.name), labels.alignment];
  const rows = log.strategies.map((strategy) => {
    const cells = log.implementers.map((implementer) => {
      const cell = log.cells.find(
        (c) => c.strategy === strategy.number && c.districtId === implementer.districtId,
      );
      return (cell?.lines ?? []).map((line) => labels.line(line.label)).join(', ');
    });
    const problems = log.problems
      .filter((p) => p.strategy === strategy.number)
      .map((p) =>
        p.kind === 'missing_everywhere'
          ? labels.missingEverywhere
          : labels.missingIn(log.implementers.find((i) => i.districtId === p.districtId)?.name ?? ''),
      );
    const texts = log.strategyTexts.find((s) => s.number === strategy.number);
    const text = (language === 'es' ? texts?.textEs : texts?.textEn) ?? '';
    return [`${strategy.number} ${text}`.trim(), ...cells, problems.join('; ')];
  });
  return { header, rows };
}

function fileName(log: TrackingLogView, format: 'xlsx' | 'pdf'): string {
  const region = log.regionName.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `ssdp-tracking-log-${region}-${log.programYear}.${format}`;
}

/** The SSDP Tracking Log of a region's year as an XLSX workbook or a landscape PDF (MN3.1), in the reader's language. */
export async function exportTrackingLog(
  ctx: UseCaseContext,
  query: { regionId?: string | undefined; programYear: string },
  format: 'xlsx' | 'pdf',
  language: TrackingLogLanguage,
): Promise<{ fileName: string; contentType: string; body: Buffer }> {
  const log = await getTrackingLog(ctx, query);
  const labels = TRACKING_LOG_LABELS[language];
  const { header, rows } = gridRows(log, language);
  const title = labels.title(log.regionName, log.programYear);
  if (format === 'xlsx') {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet(labels.sheet);
    sheet.addRow([title]).font = { bold: true, size: 14 };
    sheet.addRow(header).font = { bold: true };
    for (const row of rows) sheet.addRow(row);
    sheet.columns.forEach((column, index) => (column.width = index === 0 ? 50 : 24));
    sheet.views = [{ state: 'frozen', ySplit: 2, xSplit: 1 }];
    return {
      fileName: fileName(log, format),
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      body: Buffer.from(await workbook.xlsx.writeBuffer()),
    };
  }
  const body = await pdfBytes({ size: 'LETTER', layout: 'landscape', margin: 36 }, (doc) => {
    const width = doc.page.width - 72;
    const { row } = pdfRows(doc, 36);
    writeText(doc.fontSize(16), title, { bold: true });
    writeText(
      doc.fontSize(9),
      log.problems.length === 0 ? labels.aligned : labels.gaps(log.problems.length),
    ).moveDown();
    const first = width * 0.3;
    const rest = (width - first) / (header.length - 1);
    const widths = header.map((_, index) => (index === 0 ? first : rest));
    row(header, widths, true);
    for (const cells of rows) row(cells, widths);
  });
  return { fileName: fileName(log, format), contentType: 'application/pdf', body };
}
