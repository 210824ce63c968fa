import { csvFile } from '../exports/csv-file';
import { heightOfText, writeText } from '../exports/pdf-fonts';
import { pdfBytes } from '../exports/pdf-layout';
import { CONTACT_TYPES, OUTCOME_CODES } from '../../core/recruitment/school-contact-log';
import { formatLogDate, LOG_LABELS, outcomeText, type ExportLanguage } from './school-contact-log-labels';
import type { SchoolContactLogRecord } from './school-contact-record';

export type LogExportFormat = 'csv' | 'pdf';

export function logFileName(log: SchoolContactLogRecord, format: LogExportFormat): string {
  const who =
    log.staff.displayName
      .normalize('NFD')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase() || 'staff';
  return `school-contact-log-${who}-${log.month}.${format}`;
}

/** PT1.2: the person's position title; their role's name only when no title was entered. */
function positionOf(log: SchoolContactLogRecord, language: ExportLanguage): string {
  return log.staff.positionTitle ?? LOG_LABELS[language].roles[log.staff.role] ?? log.staff.role;
}

/** The log as a file: CSV (a row per entry, outcomes joined by "; ") or a printable PDF. */
export async function exportSchoolContactLog(
  log: SchoolContactLogRecord,
  format: LogExportFormat,
  language: ExportLanguage,
): Promise<Buffer> {
  return format === 'csv' ? csvOf(log, language) : pdfOf(log, language);
}

function csvOf(log: SchoolContactLogRecord, language: ExportLanguage): Buffer {
  const labels = LOG_LABELS[language];
  const fields = [
    labels.staffName,
    labels.positionTitle,
    labels.month,
    labels.date,
    labels.school,
    labels.district,
    labels.type,
    labels.outcome,
    labels.notes,
  ];
  const data = log.entries.map((entry) => [
    log.staff.displayName,
    positionOf(log, language),
    log.month,
    entry.contactDate,
    entry.schoolName,
    entry.districtName,
    labels.types[entry.contactType],
    entry.outcomes.map((outcome) => outcomeText(language, outcome)).join('; '),
    entry.notes ?? '',
  ]);
  return csvFile(fields, data);
}

const MARGIN = 40;

function pdfOf(log: SchoolContactLogRecord, language: ExportLanguage): Promise<Buffer> {
  const labels = LOG_LABELS[language];
  const options = {
    size: 'LETTER',
    layout: 'landscape',
    margin: MARGIN,
    info: { Title: `${labels.title} — ${log.staff.displayName} — ${log.month}` },
  } as const;
  return pdfBytes(options, (doc) => {
    writeText(doc.fontSize(16), labels.title, { bold: true }).moveDown(0.5);
    writeText(
      doc.fontSize(10),
      `${labels.staffName}: ${log.staff.displayName}    ${labels.positionTitle}: ${positionOf(log, language)}    ${labels.month}: ${log.month}`,
    ).moveDown();

    const usable = doc.page.width - 2 * MARGIN;
    const widths = [0.1, 0.22, 0.13, 0.35, 0.2].map((share) => share * usable);
    const drawRow = (cells: string[], bold: boolean) => {
      doc.fontSize(9);
      const heights = cells.map((cell, i) => heightOfText(doc, cell, { bold, width: (widths[i] ?? 0) - 6 }));
      const height = Math.max(...heights) + 6;
      if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
      const top = doc.y;
      let x = MARGIN;
      cells.forEach((cell, i) => {
        writeText(doc, cell, { bold, x, y: top + 3, width: (widths[i] ?? 0) - 6 });
        x += widths[i] ?? 0;
      });
      doc
        .moveTo(MARGIN, top + height)
        .lineTo(MARGIN + usable, top + height)
        .lineWidth(0.5)
        .stroke();
      doc.x = MARGIN;
      doc.y = top + height;
    };
    drawRow([labels.date, labels.school, labels.type, labels.outcome, labels.notes], true);
    for (const entry of log.entries) {
      drawRow(
        [
          formatLogDate(entry.contactDate, language),
          `${entry.schoolName}\n${entry.districtName}`,
          labels.types[entry.contactType],
          entry.outcomes.map((o) => `• ${outcomeText(language, o)}`).join('\n'),
          entry.notes ?? '',
        ],
        false,
      );
    }
    if (log.entries.length === 0) writeText(doc.moveDown().fontSize(10), labels.none);

    writeText(doc.moveDown().fontSize(11), `${labels.total}: ${log.total}`, { bold: true, x: MARGIN });
    writeText(doc.fontSize(10), labels.countsByType, { bold: true });
    writeText(
      doc.fontSize(9),
      CONTACT_TYPES.map((type) => `${labels.types[type]}: ${log.countsByType[type]}`).join('    '),
    );
    writeText(doc.moveDown(0.5).fontSize(10), labels.countsByOutcome, { bold: true });
    doc.fontSize(9);
    for (const code of OUTCOME_CODES)
      writeText(doc, `${labels.outcomes[code]}: ${log.countsByOutcome[code]}`);
  });
}
