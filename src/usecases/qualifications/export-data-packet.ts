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
    subsequentMove:
      'Figure 3: qualified on a subsequent move (QAD after the worker move date, moved with the worker)',
    subsequentMovePct: '% subsequent move (figure 3)',
    lt30: 'Residency to recruitment < 30 days',
    m1to2: '1–2 months',
    m2to6: '2–6 months',
    m6to12: '6–12 months',
    gt12: '> 12 months',
    within60DaysOfQad: 'Recruited within 60 days of QAD',
    within60DaysOfQadPct: '% within 60 days',
    within90DaysOfQad: 'Recruited within 90 days of QAD',
    within90DaysOfQadPct: '% within 90 days',
    subsequentMoveByBasis:
      "Qualified on a subsequent qualifying move by the engine's basis (with, to join or precede the worker, or as the worker)",
    subsequentMoveByBasisPct: "% subsequent qualifying move (engine's basis)",
    families: 'Families qualified',
    newFamilies: 'New families (no child with a prior COE)',
    familiesWithin90DaysOfQad: 'Families identified within 90 days of the QAD',
    familiesWithin90DaysOfQadPct: '% of families within 90 days',
    referralsTitle: 'Referrals per quarter, by source',
    referralsSheet: 'Referrals by quarter',
    quarter: 'Quarter',
    source: 'Source',
    referrals: 'Referrals',
    previousReferrals: 'Same quarter, period before',
    change: 'Change (%)',
    sources: {
      all: 'All sources',
      'school-list': 'School or district list',
      community: 'Community',
      employer: 'Employer or grower',
      agency: 'Agency',
      self: 'Self-referral',
      'other-region': 'Another region',
      'school-contact': 'School contact',
      'msix-move-notice': 'MSIX move notice',
    },
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
    subsequentMove:
      'Figura 3: calificados por una mudanza subsiguiente (QAD después de la fecha de mudanza del trabajador, mudanza con el trabajador)',
    subsequentMovePct: '% mudanza subsiguiente (figura 3)',
    lt30: 'Residencia a reclutamiento < 30 días',
    m1to2: '1–2 meses',
    m2to6: '2–6 meses',
    m6to12: '6–12 meses',
    gt12: '> 12 meses',
    within60DaysOfQad: 'Reclutados dentro de 60 días de la QAD',
    within60DaysOfQadPct: '% dentro de 60 días',
    within90DaysOfQad: 'Reclutados dentro de 90 días de la QAD',
    within90DaysOfQadPct: '% dentro de 90 días',
    subsequentMoveByBasis:
      'Calificados por una mudanza calificada subsiguiente según la base del motor (con el trabajador, para reunirse con él o antes que él, o como trabajador)',
    subsequentMoveByBasisPct: '% mudanza calificada subsiguiente (base del motor)',
    families: 'Familias calificadas',
    newFamilies: 'Familias nuevas (ningún niño con un COE anterior)',
    familiesWithin90DaysOfQad: 'Familias identificadas dentro de 90 días de la QAD',
    familiesWithin90DaysOfQadPct: '% de familias dentro de 90 días',
    referralsTitle: 'Referencias por trimestre, por fuente',
    referralsSheet: 'Referencias por trimestre',
    quarter: 'Trimestre',
    source: 'Fuente',
    referrals: 'Referencias',
    previousReferrals: 'Mismo trimestre, período anterior',
    change: 'Cambio (%)',
    sources: {
      all: 'Todas las fuentes',
      'school-list': 'Lista de la escuela o del distrito',
      community: 'Comunidad',
      employer: 'Empleador o agricultor',
      agency: 'Agencia',
      self: 'Autorreferencia',
      'other-region': 'Otra región',
      'school-contact': 'Contacto escolar',
      'msix-move-notice': 'Aviso de mudanza de MSIX',
    },
  },
} as const;

type Column = Exclude<
  keyof (typeof COLUMNS)['en'],
  | 'title'
  | 'scope'
  | 'state'
  | 'region'
  | 'period'
  | 'referralsTitle'
  | 'referralsSheet'
  | 'quarter'
  | 'source'
  | 'referrals'
  | 'previousReferrals'
  | 'change'
  | 'sources'
>;
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
  'subsequentMoveByBasis',
  'subsequentMoveByBasisPct',
  'families',
  'newFamilies',
  'familiesWithin90DaysOfQad',
  'familiesWithin90DaysOfQadPct',
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

/** DP3: the referrals per quarter by source, a row per period, quarter and source. */
function referralTableOf(
  view: DataPacketView,
  language: ExportLanguage,
): { header: string[]; rows: Array<Array<string | number | null>> } {
  const labels = COLUMNS[language];
  const sourceName = (source: string) => labels.sources[source as keyof typeof labels.sources] ?? source;
  return {
    header: [
      labels.period,
      labels.quarter,
      labels.source,
      labels.referrals,
      labels.previousReferrals,
      labels.change,
    ],
    rows: view.referralQuarters.map((row) => [
      row.period,
      row.quarter,
      sourceName(row.source),
      row.referrals,
      row.previousReferrals,
      row.change.value,
    ]),
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
  const referrals = referralTableOf(view, language);
  // The CSV holds the figures, then, after an empty line, the referrals per quarter.
  if (format === 'csv')
    return Buffer.concat([
      csvFile(table.header, table.rows),
      Buffer.from('\r\n'),
      csvFile(referrals.header, referrals.rows).subarray(3),
    ]);
  if (format === 'xlsx') {
    const workbook = new ExcelJS.Workbook();
    for (const [name, sheetTable] of [
      [COLUMNS[language].title, table],
      [COLUMNS[language].referralsSheet, referrals],
    ] as const) {
      const sheet = workbook.addWorksheet(name.slice(0, 31));
      sheet.addRow(sheetTable.header).font = { bold: true };
      for (const row of sheetTable.rows) sheet.addRow(row);
      sheet.columns.forEach((column, index) => (column.width = index < 2 ? 18 : 14));
    }
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }
  return renderPdf(
    table,
    `${COLUMNS[language].title} — ${view.region ? `${COLUMNS[language].region} ${view.region.number}` : COLUMNS[language].state}, ${view.from} – ${view.to}`,
    { title: COLUMNS[language].referralsTitle, table: referrals },
  );
}

type Table = { header: string[]; rows: Array<Array<string | number | null>> };

/**
 * A landscape PDF with the figures split into three parts so they fit the page (figures 1–3;
 * figure 4a and the QAD measures; figure 3 by the engine's basis and the families), then the
 * referrals per quarter.
 */
function renderPdf(table: Table, title: string, referrals: { title: string; table: Table }): Promise<Buffer> {
  return pdfBytes({ size: 'LETTER', layout: 'landscape', margin: 36 }, (doc) => {
    writeText(doc.fontSize(16), title).moveDown();
    const parts: Array<[Table, number[]]> = [
      [table, [0, 1, 2, 3, 4, 5, 6]],
      [table, [0, 1, 7, 8, 9, 10, 11, 12, 13, 14, 15]],
      [table, [0, 1, 16, 17, 18, 19, 20, 21]],
      [referrals.table, [0, 1, 2, 3, 4, 5]],
    ];
    for (const [partIndex, [part, columns]] of parts.entries()) {
      if (partIndex === parts.length - 1)
        writeText(doc.fontSize(12), referrals.title, { bold: true }).moveDown(0.5);
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
      drawRow(part.header, true);
      for (const row of part.rows) {
        if (doc.y > doc.page.height - 60) doc.addPage();
        drawRow(row, false);
      }
      doc.moveDown();
    }
  });
}
