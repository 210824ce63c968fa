import type { ControlChartAnalysis } from '../../core/improvement';
import { writeText } from '../exports/pdf-fonts';
import type { ControlChartView } from './control-chart-view';
import { CONTROL_CHART_LABELS, fillLabel } from './profile-control-labels';
import type { ProfileLanguage } from './profile-labels';

export interface PdfControlChart {
  /** The periods' labels, oldest first. */
  labels: readonly string[];
  analysis: ControlChartAnalysis;
  centerLabel: string;
  limitsLabel: string;
  flaggedLabel: string;
  phaseLabel: (number: number) => string;
  formatNumber: (value: number) => string;
}

const COLORS = {
  axis: '#495057',
  grid: '#dee2e6',
  line: '#1864ab',
  flagged: '#c92a2a',
  center: '#495057',
  limit: '#d9480f',
  phase: '#1c7ed6',
};

/**
 * Draws a control chart (IP5) at the document's cursor, `width` wide and `height` tall: the
 * points joined in time order (a missing period leaves a gap), each phase's centre line and its
 * limits as steps that follow each period's denominator, a line where each new phase starts,
 * and the points a rule flagged larger in red. The cursor ends below the chart and its legend.
 */
export function drawControlChart(
  doc: PDFKit.PDFDocument,
  chart: PdfControlChart,
  width: number,
  height: number,
): void {
  const left = doc.x;
  const top = doc.y;
  const axisWidth = 36;
  const plot = { x: left + axisWidth, y: top + 6, w: width - axisWidth - 8, h: height - 30 };
  const points = chart.analysis.points;
  const drawn = points.flatMap((p) =>
    [p.value, p.center, p.upper, p.lower].filter((v): v is number => v !== null),
  );
  let low = drawn.length > 0 ? Math.min(...drawn) : 0;
  let high = drawn.length > 0 ? Math.max(...drawn) : 1;
  if (low === high) {
    low -= 1;
    high += 1;
  }
  const pad = (high - low) * 0.08;
  low = low >= 0 && low - pad < 0 ? 0 : low - pad;
  high += pad;
  const yOf = (value: number) => plot.y + plot.h - ((value - low) / (high - low)) * plot.h;
  const count = Math.max(1, points.length);
  const step = plot.w / count;
  // Each period is a column; its point sits in the middle and its limits span the column.
  const xOf = (index: number) => plot.x + step * (index + 0.5);

  doc.save();
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
  const every = Math.max(1, Math.ceil(count / 8));
  chart.labels.forEach((label, index) => {
    if (index % every !== 0 && index !== count - 1) return;
    writeText(doc.fontSize(7).fillColor(COLORS.axis), label, {
      x: xOf(index) - 24,
      y: plot.y + plot.h + 3,
      width: 48,
      align: 'center',
      lineBreak: false,
    });
  });
  // Phases after the first: a line at the start of their first period.
  chart.analysis.phases.slice(1).forEach((phase, i) => {
    const x = plot.x + step * phase.start;
    doc
      .moveTo(x, plot.y)
      .lineTo(x, plot.y + plot.h)
      .lineWidth(0.75)
      .dash(2, { space: 2 });
    doc.strokeColor(COLORS.phase).stroke().undash();
    writeText(doc.fontSize(6.5).fillColor(COLORS.phase), chart.phaseLabel(i + 2), {
      x: x + 2,
      y: plot.y + 2,
      lineBreak: false,
    });
  });
  // Centre and limits, one short segment per period.
  for (const point of points) {
    const x0 = plot.x + step * point.index;
    const x1 = x0 + step;
    if (point.center !== null) {
      doc
        .moveTo(x0, yOf(point.center))
        .lineTo(x1, yOf(point.center))
        .lineWidth(1)
        .strokeColor(COLORS.center)
        .stroke();
    }
    for (const limit of [point.upper, point.lower]) {
      if (limit === null) continue;
      doc.moveTo(x0, yOf(limit)).lineTo(x1, yOf(limit)).lineWidth(0.9).dash(3, { space: 2 });
      doc.strokeColor(COLORS.limit).stroke().undash();
    }
  }
  // The line, broken where a period has no point, then the points.
  doc.lineWidth(1.25).strokeColor(COLORS.line);
  let drawing = false;
  for (const point of points) {
    if (point.value === null) {
      if (drawing) doc.stroke();
      drawing = false;
      continue;
    }
    if (drawing) doc.lineTo(xOf(point.index), yOf(point.value));
    else doc.moveTo(xOf(point.index), yOf(point.value));
    drawing = true;
  }
  if (drawing) doc.stroke();
  for (const point of points) {
    if (point.value === null) continue;
    const flagged = point.rules.length > 0;
    doc
      .circle(xOf(point.index), yOf(point.value), flagged ? 3.2 : 2)
      .fill(flagged ? COLORS.flagged : COLORS.line);
  }
  // Legend.
  const legendY = plot.y + plot.h + 14;
  let x = plot.x;
  doc
    .moveTo(x, legendY + 4)
    .lineTo(x + 12, legendY + 4)
    .lineWidth(1)
    .strokeColor(COLORS.center)
    .stroke();
  writeText(doc.fontSize(7).fillColor(COLORS.axis), chart.centerLabel, {
    x: x + 15,
    y: legendY,
    lineBreak: false,
  });
  x += 90;
  doc
    .moveTo(x, legendY + 4)
    .lineTo(x + 12, legendY + 4)
    .lineWidth(0.9)
    .dash(3, { space: 2 });
  doc.strokeColor(COLORS.limit).stroke().undash();
  writeText(doc.fontSize(7).fillColor(COLORS.axis), chart.limitsLabel, {
    x: x + 15,
    y: legendY,
    lineBreak: false,
  });
  x += 130;
  doc.circle(x + 3, legendY + 4, 3).fill(COLORS.flagged);
  writeText(doc.fontSize(7).fillColor(COLORS.axis), chart.flaggedLabel, {
    x: x + 10,
    y: legendY,
    lineBreak: false,
  });
  doc.restore();
  doc.fillColor('black');
  doc.x = left;
  doc.y = top + height + 4;
}

/** The writing tools of the profile that the control chart's section uses. */
export interface ProfileWriter {
  heading: (text: string) => void;
  paragraph: (text: string, bold?: boolean) => void;
  ensureRoom: (height: number) => void;
  left: number;
  width: number;
  formatNumber: (value: number) => string;
}

/**
 * The profile's control chart section (IP4.6, IP5): the type and why, the rule set, the chart,
 * each phase's centre line, and each flagged point with what its rules mean, as the project
 * page says them.
 */
export function writeControlChartSection(
  doc: PDFKit.PDFDocument,
  writer: ProfileWriter,
  chart: ControlChartView | null,
  periodLabels: readonly string[],
  language: ProfileLanguage,
): void {
  if (!chart) return;
  const words = CONTROL_CHART_LABELS[language];
  const rounded = (value: number | null) =>
    value === null
      ? '—'
      : String(Math.round(value * (chart.scale === 100 ? 10 : 100)) / (chart.scale === 100 ? 10 : 100));
  writer.heading(words.title);
  writer.paragraph(`${words.types[chart.type]} · ${words.ruleSets[chart.ruleSet]}`, true);
  writer.paragraph(words.reason[chart.reason]);
  writer.paragraph(words.ruleSetMeans[chart.ruleSet]);
  writer.ensureRoom(230);
  doc.moveDown(0.3);
  doc.x = writer.left;
  drawControlChart(
    doc,
    {
      labels: periodLabels,
      analysis: chart.analysis,
      centerLabel: words.center,
      limitsLabel: `${words.upper} / ${words.lower}`,
      flaggedLabel: words.flagged,
      phaseLabel: (number) => fillLabel(words.phaseMark, { number }),
      formatNumber: writer.formatNumber,
    },
    writer.width,
    210,
  );
  chart.analysis.phases.forEach((phase, i) => {
    let line = fillLabel(words.phaseLine, {
      number: i + 1,
      from: periodLabels[phase.start] ?? '',
      center: rounded(phase.center),
    });
    if (phase.center !== null && phase.provisional)
      line += ` ${fillLabel(phase.baselineCount === 1 ? words.provisional_one : words.provisional_other, { count: phase.baselineCount })}`;
    if (phase.fired.includes('crossings'))
      line += ` ${words.rules.crossings.name}: ${fillLabel(words.rules.crossings.sentence, { crossings: phase.crossings, limit: phase.crossingsLimit })}`;
    writer.paragraph(line);
  });
  const flagged = chart.analysis.points.filter((p) => p.rules.length > 0);
  doc.moveDown(0.3);
  writer.paragraph(words.flagged, true);
  if (flagged.length === 0) writer.paragraph(words.noSignal);
  for (const point of flagged) {
    const phase = chart.analysis.phases[point.phase]!;
    const sentences = point.rules.map(
      (rule) =>
        `${words.rules[rule].name}: ${fillLabel(words.rules[rule].sentence, {
          longestRun: phase.longestRun,
          limit: phase.longestRunLimit,
          crossings: phase.crossings,
        })}`,
    );
    writer.paragraph(
      `• ${fillLabel(words.pointTitle, { label: periodLabels[point.index] ?? '', value: rounded(point.value) })} — ${sentences.join(' ')}`,
    );
  }
}
