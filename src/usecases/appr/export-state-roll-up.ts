import ExcelJS from 'exceljs';
import { MPO_STATUSES } from '../../core/services/service-records';
import type { ApprLanguage } from '../../core/services/appr-words';
import { writeText } from '../exports/pdf-fonts';
import { pdfBytes, pdfRows } from '../exports/pdf-layout';
import { APPR_LABELS, type ApprLabels } from './appr-labels';
import { mpoFigureCells, mpoFigureHeader, percentText, planLine, type ApprFormat } from './export-appr';
import type { StateRollUpView } from './get-state-roll-up';

export function stateRollUpFileName(view: StateRollUpView, format: ApprFormat): string {
  return `appr-state-${view.period}.${format}`;
}

/** The state's APPR roll-up as a PDF or an XLSX workbook, in the reader's language. */
export async function exportStateRollUp(
  view: StateRollUpView,
  format: ApprFormat,
  language: ApprLanguage,
): Promise<Buffer> {
  const labels = APPR_LABELS[language];
  return format === 'xlsx' ? rollUpWorkbook(view, labels) : rollUpPdf(view, labels);
}

const heading = (view: StateRollUpView, labels: ApprLabels) =>
  `${labels.rollUp.title} — ${labels.period} ${view.period}`;

/** The state's funnel per MPO with the subgrantees by status; each subgrantee's status per MPO. */
function stateRows(view: StateRollUpView, labels: ApprLabels) {
  const header = [
    ...mpoFigureHeader(labels),
    ...MPO_STATUSES.map((status) => labels.rollUp.subgranteesBy(labels.statuses[status])),
  ];
  const rows = view.mpos.map((mpo) => [
    ...mpoFigureCells(mpo, labels),
    ...MPO_STATUSES.map((status) => mpo.subgrantees[status]),
  ]);
  return { header, rows };
}

function subgranteeRows(view: StateRollUpView, labels: ApprLabels) {
  const header = [
    labels.rollUp.subgrantee,
    ...view.mpos.map((mpo) => `${labels.mpo} ${mpo.mpo}`),
    labels.rollUp.reviewSaved,
  ];
  const rows = view.regions.map((region) => [
    labels.region(region.regionNumber, region.regionName),
    ...region.mpos.map((mpo) => `${labels.statuses[mpo.status]} (${percentText(mpo.pct)} %)`),
    region.reviewSavedAt?.slice(0, 10) ?? labels.notReviewed,
  ]);
  return { header, rows };
}

async function rollUpWorkbook(view: StateRollUpView, labels: ApprLabels): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const state = workbook.addWorksheet(labels.rollUp.sheets.state);
  state.addRow([heading(view, labels)]).font = { bold: true };
  state.addRow([planLine(view, labels)]);
  state.addRow([]);
  const figures = stateRows(view, labels);
  state.addRow(figures.header).font = { bold: true };
  for (const row of figures.rows) state.addRow(row);
  state.columns.forEach((column) => (column.width = 16));

  const subgrantees = workbook.addWorksheet(labels.rollUp.sheets.subgrantees);
  const lines = subgranteeRows(view, labels);
  subgrantees.addRow(lines.header).font = { bold: true };
  for (const row of lines.rows) subgrantees.addRow(row);
  subgrantees.columns.forEach((column, index) => (column.width = index === 0 ? 40 : 22));
  subgrantees.views = [{ state: 'frozen', ySplit: 1, xSplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A landscape letter PDF: the state's figures, then one line per subgrantee. */
function rollUpPdf(view: StateRollUpView, labels: ApprLabels): Promise<Buffer> {
  return pdfBytes({ size: 'LETTER', layout: 'landscape', margin: 36 }, (doc) => {
    const width = doc.page.width - 72;
    const { row } = pdfRows(doc, 36);
    writeText(doc.fontSize(16), heading(view, labels), { bold: true });
    writeText(doc.fontSize(9), planLine(view, labels)).moveDown();

    writeText(doc.fontSize(12), labels.rollUp.stateFigures, { bold: true });
    const figures = stateRows(view, labels);
    const figureWidths = figures.header.map(() => width / figures.header.length);
    row(figures.header, figureWidths, true);
    for (const cells of figures.rows)
      row(
        cells.map((cell) => (cell === null ? '—' : String(cell))),
        figureWidths,
      );
    doc.moveDown();

    writeText(doc.fontSize(12), labels.rollUp.subgrantee, { bold: true });
    const lines = subgranteeRows(view, labels);
    const first = width * 0.28;
    const rest = (width - first) / (lines.header.length - 1);
    const lineWidths = lines.header.map((_, index) => (index === 0 ? first : rest));
    row(lines.header, lineWidths, true);
    for (const cells of lines.rows) row(cells, lineWidths);
  });
}
