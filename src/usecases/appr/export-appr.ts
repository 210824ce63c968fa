import ExcelJS from 'exceljs';
import { REVIEW_FIELDS } from '../../core/services/appr';
import type { ApprLanguage } from '../../core/services/appr-words';
import type { MpoOutcome } from '../../core/services/service-records';
import { writeText } from '../exports/pdf-fonts';
import { pdfBytes, pdfRows } from '../exports/pdf-layout';
import { APPR_LABELS, type ApprLabels } from './appr-labels';
import type { ApprView } from './get-appr';

export type ApprFormat = 'pdf' | 'xlsx';

export function apprFileName(view: ApprView, format: ApprFormat): string {
  return `appr-region-${view.region.number}-${view.period}.${format}`;
}

/** The APPR of a subgrantee as a PDF or an XLSX workbook, in the reader's language. */
export async function exportAppr(
  view: ApprView,
  format: ApprFormat,
  language: ApprLanguage,
): Promise<Buffer> {
  const labels = APPR_LABELS[language];
  return format === 'xlsx' ? apprWorkbook(view, labels, language) : apprPdf(view, labels, language);
}

/** The columns of an MPO's figures in a table: number, need area, the funnel, %, target, status. */
export const mpoFigureHeader = (labels: ApprLabels) => [
  labels.mpo,
  labels.area,
  labels.steps.served,
  labels.steps.inPopulation,
  labels.steps.dosageMet,
  labels.steps.tested,
  labels.steps.grew,
  labels.pct,
  labels.target,
  labels.status,
];

export const mpoFigureCells = (mpo: MpoOutcome & { area: string }, labels: ApprLabels) => [
  mpo.mpo,
  mpo.area,
  mpo.served,
  mpo.inPopulation,
  mpo.dosageMet,
  mpo.tested,
  mpo.grew,
  mpo.pct,
  mpo.target,
  labels.statuses[mpo.status],
];

export const percentText = (value: number | null) => (value === null ? '—' : `${value}`);

export function planLine(view: Pick<ApprView, 'plan'>, labels: ApprLabels): string {
  if (!view.plan) return labels.noPlan;
  return `${labels.plan}: ${view.plan.name}${view.plan.demo ? ` (${labels.demoPlan})` : ''}`;
}

/** One sheet per part: the MPOs with their findings, the drop-off, participation, the review. */
async function apprWorkbook(view: ApprView, labels: ApprLabels, language: ApprLanguage): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const mpos = workbook.addWorksheet(labels.sheets.mpos);
  mpos.addRow([labels.title, labels.region(view.region.number, view.region.name), view.period]).font = {
    bold: true,
  };
  mpos.addRow([planLine(view, labels)]);
  mpos.addRow([]);
  mpos.addRow([...mpoFigureHeader(labels), labels.findings]).font = { bold: true };
  for (const mpo of view.mpos)
    mpos.addRow([
      ...mpoFigureCells(mpo, labels),
      mpo.findings.map((finding) => finding.words[language]).join('\n'),
    ]);
  mpos.columns.forEach((column, index) => (column.width = index === 10 ? 80 : 14));

  const dropOff = workbook.addWorksheet(labels.sheets.dropOff);
  dropOff.addRow([
    labels.mpo,
    labels.from,
    labels.to,
    labels.count,
    labels.kept,
    labels.lost,
    labels.keptPct,
    labels.lostPct,
  ]).font = { bold: true };
  for (const mpo of view.mpos)
    for (const step of mpo.dropOff)
      dropOff.addRow([
        mpo.mpo,
        labels.steps[step.from],
        labels.steps[step.to],
        step.of,
        step.kept,
        step.lost,
        step.keptPct,
        step.lostPct,
      ]);
  dropOff.columns.forEach((column, index) => (column.width = index === 1 || index === 2 ? 28 : 12));

  const participation = workbook.addWorksheet(labels.sheets.participation);
  participation.addRow([labels.term, labels.childrenServed, labels.enrollments, labels.attendedHours]).font =
    {
      bold: true,
    };
  for (const term of view.participation.terms)
    participation.addRow([
      labels.terms[term.term],
      term.childrenServed,
      term.enrollments,
      term.attendedHours,
    ]);
  participation.addRow([
    labels.terms.all,
    view.participation.childrenServed,
    view.participation.enrollments,
    view.participation.attendedHours,
  ]).font = { bold: true };
  participation.columns.forEach((column, index) => (column.width = index === 0 ? 26 : 16));

  // Answers are plain string cells: exceljs writes a formula only from `{ formula }`, so text
  // that starts with `=` stays text.
  const review = workbook.addWorksheet(labels.sheets.review);
  review.addRow([labels.question, labels.answer]).font = { bold: true };
  for (const field of REVIEW_FIELDS) review.addRow([labels[field], view.review[field]]);
  review.getColumn(1).width = 32;
  review.getColumn(2).width = 100;
  review.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A letter-size PDF: heading, per MPO its figures, drop-off and findings, participation, the review. */
function apprPdf(view: ApprView, labels: ApprLabels, language: ApprLanguage): Promise<Buffer> {
  return pdfBytes({ size: 'LETTER', margin: 48 }, (doc) => {
    const width = doc.page.width - 96;
    const { ensureRoom, row } = pdfRows(doc, 48);

    writeText(doc.fontSize(16), labels.title, { bold: true });
    writeText(
      doc.fontSize(12),
      `${labels.region(view.region.number, view.region.name)} — ${labels.period} ${view.period}`,
    );
    writeText(doc.fontSize(9), planLine(view, labels)).moveDown();

    for (const mpo of view.mpos) {
      ensureRoom(140);
      writeText(
        doc.fontSize(12),
        `${labels.mpo} ${mpo.mpo} (${mpo.area}) — ${labels.statuses[mpo.status]}: ${percentText(mpo.pct)} % / ${labels.target} ${mpo.target}`,
        { bold: true, width },
      );
      if (mpo.statement[language]) writeText(doc.fontSize(9), mpo.statement[language], { width });
      writeText(doc.fontSize(8), mpo.rule[language], { width }).moveDown(0.3);
      const widths = [width * 0.4, width * 0.15, width * 0.15, width * 0.15, width * 0.15];
      row([labels.step, labels.count, labels.keptPct, labels.lost, labels.lostPct], widths, true);
      row([labels.steps.served, String(mpo.served), '', '', ''], widths);
      for (const step of mpo.dropOff)
        row(
          [
            labels.steps[step.to],
            String(step.kept),
            percentText(step.keptPct),
            String(step.lost),
            percentText(step.lostPct),
          ],
          widths,
        );
      writeText(doc.fontSize(10), labels.findings, { bold: true });
      if (mpo.findings.length === 0) writeText(doc.fontSize(9), labels.noFindings, { width });
      for (const finding of mpo.findings)
        writeText(doc.fontSize(9), `• ${finding.words[language]}`, { width });
      doc.moveDown();
    }

    ensureRoom(120);
    writeText(doc.fontSize(12), labels.participation, { bold: true });
    const widths = [width * 0.4, width * 0.2, width * 0.2, width * 0.2];
    row([labels.term, labels.childrenServed, labels.enrollments, labels.attendedHours], widths, true);
    for (const term of view.participation.terms)
      row(
        [
          labels.terms[term.term],
          String(term.childrenServed),
          String(term.enrollments),
          String(term.attendedHours),
        ],
        widths,
      );
    row(
      [
        labels.terms.all,
        String(view.participation.childrenServed),
        String(view.participation.enrollments),
        String(view.participation.attendedHours),
      ],
      widths,
      true,
    );
    doc.moveDown();

    ensureRoom(100);
    writeText(doc.fontSize(12), labels.review, { bold: true });
    if (view.review.savedAt === null) writeText(doc.fontSize(9), labels.notReviewed, { width });
    else {
      writeText(
        doc.fontSize(8),
        labels.savedBy(view.review.savedBy ?? '—', view.review.savedAt.slice(0, 10)),
        { width },
      );
      for (const field of REVIEW_FIELDS) {
        ensureRoom(40);
        writeText(doc.fontSize(10), labels[field], { bold: true, width });
        writeText(doc.fontSize(9), view.review[field] || '—', { width }).moveDown(0.5);
      }
    }
  });
}
