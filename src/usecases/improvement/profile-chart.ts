import type { RunChartAnalysis } from '../../core/improvement';
import { writeText } from '../exports/pdf-fonts';

export interface PdfRunChart {
  /** One label and value per period, oldest first; null for a period without data (IP1.1). */
  points: Array<{ label: string; value: number | null }>;
  analysis: RunChartAnalysis | null;
  target: number | null;
  /** PDSA cycles at the period their start falls in (IP4.4). */
  markers: Array<{ label: string; text: string }>;
  medianLabel: string;
  targetLabel: string;
  flaggedLabel: string;
  formatNumber: (value: number) => string;
}

const COLORS = {
  axis: '#495057',
  grid: '#dee2e6',
  line: '#1864ab',
  flagged: '#c92a2a',
  median: '#495057',
  target: '#2b8a3e',
  marker: '#1c7ed6',
};

/** The value axis: from below the lowest to above the highest value drawn, with some air. */
function valueRange(values: number[]): { low: number; high: number } {
  let low = Math.min(...values);
  let high = Math.max(...values);
  if (low === high) {
    low -= 1;
    high += 1;
  }
  const pad = (high - low) * 0.1;
  return { low: low >= 0 && low - pad < 0 ? 0 : low - pad, high: high + pad };
}

/**
 * Draws a run chart (IP1, IP4.4) at the document's cursor, `width` wide and `height` tall: the
 * points joined in time order (a missing period leaves a gap), the median dashed, the aim's
 * target, the PDSA cycles at their periods, and the points of a shift or a trend larger in red.
 * The cursor ends below the chart and its legend.
 */
export function drawRunChart(
  doc: PDFKit.PDFDocument,
  chart: PdfRunChart,
  width: number,
  height: number,
): void {
  const left = doc.x;
  const top = doc.y;
  const axisWidth = 36;
  const plot = { x: left + axisWidth, y: top + 6, w: width - axisWidth - 8, h: height - 30 };
  const present = chart.points.flatMap((p) => (p.value === null ? [] : [p.value]));
  const median = chart.analysis?.median ?? null;
  const drawn = [
    ...present,
    ...(median === null ? [] : [median]),
    ...(chart.target === null ? [] : [chart.target]),
  ];
  const { low, high } = valueRange(drawn.length > 0 ? drawn : [0]);
  const yOf = (value: number) => plot.y + plot.h - ((value - low) / (high - low)) * plot.h;
  const count = Math.max(1, chart.points.length);
  const step = count === 1 ? 0 : plot.w / (count - 1);
  const xOf = (index: number) => (count === 1 ? plot.x + plot.w / 2 : plot.x + index * step);

  doc.save();
  // Grid and value axis.
  doc.fontSize(7).fillColor(COLORS.axis);
  for (let i = 0; i <= 4; i++) {
    const value = low + ((high - low) * i) / 4;
    const y = yOf(value);
    doc
      .moveTo(plot.x, y)
      .lineTo(plot.x + plot.w, y)
      .lineWidth(0.5)
      .strokeColor(COLORS.grid)
      .stroke();
    writeText(doc, chart.formatNumber(Math.round(value * 10) / 10), {
      x: left,
      y: y - 4,
      width: axisWidth - 4,
      align: 'right',
      lineBreak: false,
    });
  }
  doc.rect(plot.x, plot.y, plot.w, plot.h).lineWidth(0.75).strokeColor(COLORS.axis).stroke();
  // Period labels: at most about eight, evenly spaced.
  const every = Math.max(1, Math.ceil(count / 8));
  chart.points.forEach((point, index) => {
    if (index % every !== 0 && index !== count - 1) return;
    writeText(doc.fontSize(7).fillColor(COLORS.axis), point.label, {
      x: xOf(index) - 24,
      y: plot.y + plot.h + 3,
      width: 48,
      align: 'center',
      lineBreak: false,
    });
  });
  // PDSA cycles.
  for (const marker of chart.markers) {
    const index = chart.points.findIndex((p) => p.label === marker.label);
    if (index < 0) continue;
    const x = xOf(index);
    doc
      .moveTo(x, plot.y)
      .lineTo(x, plot.y + plot.h)
      .lineWidth(0.75)
      .dash(2, { space: 2 });
    doc.strokeColor(COLORS.marker).stroke().undash();
    writeText(doc.fontSize(6.5).fillColor(COLORS.marker), marker.text, {
      x: x + 2,
      y: plot.y + 2,
      lineBreak: false,
    });
  }
  // Median and target.
  if (median !== null) {
    const y = yOf(median);
    doc
      .moveTo(plot.x, y)
      .lineTo(plot.x + plot.w, y)
      .lineWidth(1)
      .dash(5, { space: 3 });
    doc.strokeColor(COLORS.median).stroke().undash();
    writeText(
      doc.fontSize(7).fillColor(COLORS.median),
      `${chart.medianLabel} ${chart.formatNumber(median)}`,
      {
        x: plot.x + 3,
        y: y - 9,
        lineBreak: false,
      },
    );
  }
  if (chart.target !== null) {
    const y = yOf(chart.target);
    doc
      .moveTo(plot.x, y)
      .lineTo(plot.x + plot.w, y)
      .lineWidth(1.25)
      .strokeColor(COLORS.target)
      .stroke();
    const text = `${chart.targetLabel} ${chart.formatNumber(chart.target)}`;
    writeText(doc.fontSize(7).fillColor(COLORS.target), text, {
      x: plot.x + plot.w - 80,
      y: y - 9,
      width: 77,
      align: 'right',
      lineBreak: false,
    });
  }
  // The line, broken where a period has no value, then the points.
  doc.lineWidth(1.25).strokeColor(COLORS.line);
  let drawing = false;
  chart.points.forEach((point, index) => {
    if (point.value === null) {
      if (drawing) doc.stroke();
      drawing = false;
      return;
    }
    if (drawing) doc.lineTo(xOf(index), yOf(point.value));
    else doc.moveTo(xOf(index), yOf(point.value));
    drawing = true;
  });
  if (drawing) doc.stroke();
  const flagged = new Set([...(chart.analysis?.shiftPoints ?? []), ...(chart.analysis?.trendPoints ?? [])]);
  chart.points.forEach((point, index) => {
    if (point.value === null) return;
    const isFlagged = flagged.has(index);
    doc
      .circle(xOf(index), yOf(point.value), isFlagged ? 3.2 : 2)
      .fill(isFlagged ? COLORS.flagged : COLORS.line);
  });
  // Legend.
  const legendY = plot.y + plot.h + 14;
  doc.circle(plot.x + 3, legendY + 4, 3).fill(COLORS.flagged);
  writeText(doc.fontSize(7).fillColor(COLORS.axis), chart.flaggedLabel, {
    x: plot.x + 10,
    y: legendY,
    lineBreak: false,
  });
  doc.restore();
  doc.fillColor('black');
  doc.x = left;
  doc.y = top + height + 4;
}
