import { signalsFound, type RunChartAnalysis, type TeamMember } from '../../core/improvement';
import { findCohortRow, findTeamRow } from '../../data/repositories/improvement-network.repository';
import { heightOfText, writeText } from '../exports/pdf-fonts';
import { pdfBytes, pdfRows } from '../exports/pdf-layout';
import type { UseCaseContext } from '../context';
import { getProject, type ProjectView } from './get-project';
import { drawRunChart } from './profile-chart';
import { writeControlChartSection } from './profile-control-chart';
import { controlChartOfProject } from './project-control-chart';
import { PROFILE_LABELS, type ProfileLanguage } from './profile-labels';

/** One sentence per signal of the chart (IP1.5–IP1.7), as the project page words them. */
export function signalSentences(
  analysis: RunChartAnalysis,
  periodLabels: readonly string[],
  language: ProfileLanguage,
): string[] {
  const labels = PROFILE_LABELS[language];
  const first = (indices: number[]) => periodLabels[indices[0] ?? 0] ?? '';
  return signalsFound(analysis).map(
    (signal) =>
      `${labels.signalName[signal]}: ${labels.signalSentence[signal]({
        from: signal === 'shift' ? first(analysis.shiftPoints) : first(analysis.trendPoints),
        longestRun: analysis.longestRun,
        crossings: analysis.crossings,
        limit: signal === 'crossings' ? analysis.crossingsLimit : analysis.longestRunLimit,
      })}`,
  );
}

function formatDate(date: string, language: ProfileLanguage): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month || !day) return date;
  return new Intl.DateTimeFormat(language === 'es' ? 'es-US' : 'en-US', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day)));
}

function fileName(view: ProjectView, language: ProfileLanguage): string {
  const region = view.team.regionName.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const word = language === 'es' ? 'perfil' : 'profile';
  return `improvement-${word}-region-${view.team.regionNumber}-${region}.pdf`;
}

/**
 * A team's profile as a PDF in English or Spanish (IP4.6), in the shape of the network's case
 * studies: the team, its aim, its drivers and change ideas, its PDSA cycles, and the outcome —
 * the measure's run chart with its signals. Whoever reads the project may download it; like the
 * other exports of counts (the SSDP Tracking Log), the download is not audited: it holds no
 * child's record. Reads only.
 */
export async function exportProfile(
  ctx: UseCaseContext,
  teamId: string,
  today: string,
  language: ProfileLanguage,
): Promise<{ fileName: string; contentType: string; body: Buffer }> {
  const view = await getProject(ctx, teamId, today);
  const team = await findTeamRow(ctx.db, teamId);
  const cohort = team ? await findCohortRow(ctx.db, team.cohort_id) : undefined;
  const members = (team?.members ?? []) as TeamMember[];
  const labels = PROFILE_LABELS[language];
  const control = await controlChartOfProject(ctx.db, view, {});
  const number = (value: number) =>
    new Intl.NumberFormat(language === 'es' ? 'es-US' : 'en-US').format(value);
  const body = await pdfBytes({ size: 'LETTER', margin: 54 }, (doc) => {
    const left = 54;
    const width = doc.page.width - 108;
    const { ensureRoom, row } = pdfRows(doc, left);
    const heading = (text: string) => {
      ensureRoom(60);
      doc.moveDown(0.6);
      writeText(doc.fontSize(13), text, { bold: true });
      doc.moveDown(0.2);
    };
    const paragraph = (text: string, bold = false) => {
      doc.fontSize(10);
      ensureRoom(heightOfText(doc, text, { width, bold }));
      writeText(doc, text, { width, bold });
    };
    const field = (label: string, value: string) => {
      doc.fontSize(10);
      ensureRoom(heightOfText(doc, `${label}: ${value}`, { width }));
      writeText(doc, `${label}: `, { bold: true, continued: true, width });
      writeText(doc, value, { width });
    };

    writeText(doc.fontSize(10).fillColor('#495057'), labels.subtitle);
    doc.fillColor('black');
    writeText(doc.fontSize(18), labels.title(view.team.regionNumber, view.team.regionName), {
      bold: true,
      width,
    });

    heading(labels.team);
    if (cohort) paragraph(labels.cohort(cohort.name));
    paragraph(
      members.length === 0
        ? labels.noMembers
        : `${labels.members}: ${members.map((m) => (m.title ? `${m.name} (${m.title})` : m.name)).join('; ')}`,
    );

    heading(labels.aim);
    const project = view.project;
    if (!project) paragraph(labels.noAim);
    else {
      paragraph(project.what, true);
      field(labels.howMuch, number(project.target));
      field(labels.forWhom, project.forWhom || labels.none);
      field(labels.by, formatDate(project.by, language));
      field(labels.baseline, project.baselineValue === null ? labels.none : number(project.baselineValue));
    }

    heading(labels.changeIdeas);
    if (view.changeIdeas.length === 0) paragraph(labels.noChangeIdea);
    else {
      const widths = [width * 0.3, width * 0.3, width * 0.4];
      row([labels.primaryDriver, labels.secondaryDriver, labels.idea], widths, true);
      for (const idea of view.changeIdeas)
        row([idea.primaryDriver, idea.secondaryDriver || labels.none, idea.idea], widths);
    }

    heading(labels.cycles);
    if (view.cycles.length === 0) paragraph(labels.noCycle);
    view.cycles.forEach((cycle, index) => {
      ensureRoom(80);
      doc.moveDown(0.3);
      paragraph(labels.cycleTitle(index + 1, formatDate(cycle.startedOn, language)), true);
      const idea = view.changeIdeas.find((i) => i.id === cycle.changeIdeaId);
      if (idea) field(labels.tests, idea.idea);
      field(labels.plan, cycle.plan);
      field(labels.prediction, cycle.prediction);
      if (cycle.doNotes) field(labels.do, cycle.doNotes);
      if (cycle.study) field(labels.study, cycle.study);
      if (cycle.act) field(labels.act, labels.acts[cycle.act]);
    });

    heading(labels.outcome);
    const series = view.series;
    if (!series) {
      paragraph(labels.noAim);
      return;
    }
    paragraph(labels.measure[series.definition.id], true);
    paragraph(
      `${labels.unit[series.definition.unit]} · ${series.points[0]?.label ?? ''} – ${series.points.at(-1)?.label ?? ''}`,
    );
    ensureRoom(230);
    doc.moveDown(0.3);
    doc.x = left;
    drawRunChart(
      doc,
      {
        points: series.points,
        analysis: series.analysis,
        target: project?.target ?? null,
        markers: view.cycles.map((c, i) => ({ label: c.period, text: `PDSA ${i + 1}` })),
        medianLabel: series.baseline ? labels.frozenMedian : labels.median,
        targetLabel: labels.target,
        flaggedLabel: labels.flagged,
        formatNumber: number,
      },
      width,
      210,
    );
    const analysis = series.analysis;
    if (!analysis) {
      paragraph(labels.noData);
      return;
    }
    paragraph(
      labels.summary({
        median: analysis.median,
        useful: analysis.useful,
        longestRun: analysis.longestRun,
        crossings: analysis.crossings,
      }),
    );
    doc.moveDown(0.3);
    paragraph(labels.signalsTitle, true);
    const sentences = signalSentences(
      analysis,
      series.points.map((p) => p.label),
      language,
    );
    if (sentences.length === 0) paragraph(labels.noSignal);
    for (const sentence of sentences) paragraph(`• ${sentence}`);
    writeControlChartSection(
      doc,
      { heading, paragraph, ensureRoom, left, width, formatNumber: number },
      control.chart,
      series.points.map((p) => p.label),
      language,
    );
  });
  return { fileName: fileName(view, language), contentType: 'application/pdf', body };
}
