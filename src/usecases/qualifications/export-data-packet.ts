import ExcelJS from 'exceljs';
import { csvFile } from '../exports/csv-file';
import { writeText } from '../exports/pdf-fonts';
import { pdfBytes } from '../exports/pdf-layout';
import { RESIDENCY_BANDS, type DataPacket, type PeriodFigures } from '../../core/recruitment/data-packet';
import type { DataPacketView } from './get-data-packet-view';

export type ExportLanguage = 'en' | 'es';
export type ExportFormat = 'csv' | 'xlsx' | 'pdf';

/** The export's title and column headings, in English and Spanish. */
export const COLUMNS = {
  en: {
    title: 'I&R data packet',
    scope: 'Scope',
    state: 'State',
    region: 'Region',
    period: 'Performance period',
    qualified: 'Qualified',
    newlyQualified: 'Newly qualified',
    newlyQualifiedPct: '% newly qualified',
    subsequentMove: 'Qualified on a subsequent move',
    subsequentMovePct: '% subsequent move',
    lt30: 'Residency to recruitment < 30 days',
    m1to2: '1–2 months',
    m2to6: '2–6 months',
    m6to12: '6–12 months',
    gt12: '> 12 months',
    within60DaysOfQad: 'Recruited within 60 days of QAD',
    within60DaysOfQadPct: '% within 60 days',
    within90DaysOfQad: 'Recruited within 90 days of QAD',
    within90DaysOfQadPct: '% within 90 days',
  },
  es: {
    title: 'Paquete de datos de identificación y reclutamiento',
    scope: 'Ámbito',
    state: 'Estado',
    region: 'Región',
    period: 'Período de desempeño',
    qualified: 'Calificados',
    newlyQualified: 'Calificados por primera vez',
    newlyQualifiedPct: '% calificados por primera vez',
    subsequentMove: 'Calificados por una mudanza subsiguiente',
    subsequentMovePct: '% mudanza subsiguiente',
    lt30: 'Residencia a reclutamiento < 30 días',
    m1to2: '1–2 meses',
    m2to6: '2–6 meses',
    m6to12: '6–12 meses',
    gt12: '> 12 meses',
    within60DaysOfQad: 'Reclutados dentro de 60 días de la QAD',
    within60DaysOfQadPct: '% dentro de 60 días',
    within90DaysOfQad: 'Reclutados dentro de 90 días de la QAD',
    within90DaysOfQadPct: '% dentro de 90 días',
  },
} as const;

type Column = Exclude<keyof (typeof COLUMNS)['en'], 'title' | 'scope' | 'state' | 'region' | 'period'>;
const FIGURE_COLUMNS: Column[] = [
  'qualified',
  'newlyQualified',
  'newlyQualifiedPct',
  'subsequentMove',
  'subsequentMovePct',
  ...RESIDENCY_BANDS,
  'within60DaysOfQad',
  'within60DaysOfQadPct',
  'within90DaysOfQad',
  'within90DaysOfQadPct',
];

function valueOf(period: PeriodFigures, column: Column): number | null {
  return (RESIDENCY_BANDS as readonly string[]).includes(column)
    ? period.residencyToRecruitment[column as (typeof RESIDENCY_BANDS)[number]]
    : (period[column as keyof PeriodFigures] as number | null);
}

/** One table: a row per scope and period, a column per figure. */
function tableOf(
  view: DataPacketView,
  language: ExportLanguage,
): { header: string[]; rows: Array<Array<string | number | null>> } {
  const labels = COLUMNS[language];
  const packets: Array<[string, DataPacket]> = [[labels.state, view.state]];
  if (view.regionPacket && view.region)
    packets.unshift([`${labels.region} ${view.region.number}`, view.regionPacket]);
  return {
    header: [labels.scope, labels.period, ...FIGURE_COLUMNS.map((column) => labels[column])],
    rows: packets.flatMap(([scope, packet]) =>
      packet.periods.map((period) => [
        scope,
        period.period,
        ...FIGURE_COLUMNS.map((column) => valueOf(period, column)),
      ]),
    ),
  };
}

export function fileNameOf(view: DataPacketView, format: ExportFormat): string {
  return `data-packet-${view.region ? `region-${view.region.number}` : 'state'}-${view.from}-to-${view.to}.${format}`;
}

/** The packet as a CSV, XLSX or PDF file, headed in the reader's language. */
export async function exportDataPacket(
  view: DataPacketView,
  format: ExportFormat,
  language: ExportLanguage,
): Promise<Buffer> {
  const table = tableOf(view, language);
  if (format === 'csv') return csvFile(table.header, table.rows);
  if (format === 'xlsx') {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet(COLUMNS[language].title.slice(0, 31));
    sheet.addRow(table.header).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row);
    sheet.columns.forEach((column, index) => (column.width = index < 2 ? 18 : 14));
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }
  return renderPdf(
    table,
    `${COLUMNS[language].title} — ${view.region ? `${COLUMNS[language].region} ${view.region.number}` : COLUMNS[language].state}, ${view.from} – ${view.to}`,
  );
}

/** A landscape PDF with the table split into two halves so it fits the page. */
function renderPdf(
  table: { header: string[]; rows: Array<Array<string | number | null>> },
  title: string,
): Promise<Buffer> {
  return pdfBytes({ size: 'LETTER', layout: 'landscape', margin: 36 }, (doc) => {
    writeText(doc.fontSize(16), title).moveDown();
    const halves = [
      [0, 1, 2, 3, 4, 5, 6],
      [0, 1, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    ];
    for (const columns of halves) {
      const width = (doc.page.width - 72) / columns.length;
      const drawRow = (cells: Array<string | number | null>, bold: boolean) => {
        const y = doc.y;
        doc.fontSize(8);
        let height = 0;
        columns.forEach((index, i) => {
          const text = cells[index] === null || cells[index] === undefined ? '—' : String(cells[index]);
          writeText(doc, text, { bold, x: 36 + i * width, y, width: width - 4 });
          height = Math.max(height, doc.y - y);
        });
        doc.y = y + height + 4;
        doc.x = 36;
      };
      drawRow(table.header, true);
      for (const row of table.rows) {
        if (doc.y > doc.page.height - 60) doc.addPage();
        drawRow(row, false);
      }
      doc.moveDown();
    }
  });
}
