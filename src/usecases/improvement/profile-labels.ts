import type { MeasureId, MeasureUnit, PdsaAct, RunChartSignal } from '../../core/improvement';

export type ProfileLanguage = 'en' | 'es';

/** What a signal sentence names: the first flagged period, the run, the crossings and the limit. */
export interface SignalFacts {
  from: string;
  longestRun: number;
  crossings: number;
  limit: number | null;
}

interface ProfileLabels {
  title: (regionNumber: number, regionName: string) => string;
  subtitle: string;
  team: string;
  cohort: (name: string) => string;
  members: string;
  noMembers: string;
  aim: string;
  noAim: string;
  what: string;
  howMuch: string;
  forWhom: string;
  by: string;
  baseline: string;
  none: string;
  changeIdeas: string;
  noChangeIdea: string;
  primaryDriver: string;
  secondaryDriver: string;
  idea: string;
  cycles: string;
  noCycle: string;
  cycleTitle: (number: number, date: string) => string;
  tests: string;
  plan: string;
  prediction: string;
  do: string;
  study: string;
  act: string;
  acts: Record<PdsaAct, string>;
  outcome: string;
  measure: Record<MeasureId, string>;
  unit: Record<MeasureUnit, string>;
  median: string;
  frozenMedian: string;
  target: string;
  flagged: string;
  noData: string;
  summary: (facts: { median: number; useful: number; longestRun: number; crossings: number }) => string;
  signalsTitle: string;
  noSignal: string;
  signalName: Record<RunChartSignal, string>;
  signalSentence: Record<RunChartSignal, (facts: SignalFacts) => string>;
}

/**
 * The words of a team's profile (IP4.6), as the project page says them (src/web/i18n/*\/improvement.json;
 * profile-labels.unit.test.ts holds the two to the same texts).
 */
export const PROFILE_LABELS: Record<ProfileLanguage, ProfileLabels> = {
  en: {
    title: (number, name) => `Region ${number} · ${name}: improvement project`,
    subtitle: 'Team profile',
    team: 'The team',
    cohort: (name) => `Cohort: ${name}`,
    members: 'Members',
    noMembers: 'No member listed.',
    aim: 'Aim',
    noAim: 'This team has not set its aim yet.',
    what: 'What will improve',
    howMuch: 'How much (target)',
    forWhom: 'For whom',
    by: 'By when',
    baseline: 'Baseline value',
    none: '—',
    changeIdeas: 'Drivers and change ideas',
    noChangeIdea: 'No change idea yet.',
    primaryDriver: 'Primary driver',
    secondaryDriver: 'Secondary driver',
    idea: 'Change idea',
    cycles: 'PDSA cycles',
    noCycle: 'No PDSA cycle yet.',
    cycleTitle: (number, date) => `PDSA ${number} · ${date}`,
    tests: 'Tests',
    plan: 'Plan',
    prediction: 'Prediction',
    do: 'Do',
    study: 'Study',
    act: 'Act',
    acts: { adopt: 'Adopt', adapt: 'Adapt', abandon: 'Abandon' },
    outcome: 'Outcome',
    measure: {
      'children-qualified': 'Children qualified, by month',
      'newly-qualified-percent': 'Newly qualified children (%), by month',
      'subsequent-move-percent': 'Children qualified on a subsequent move (%), by month',
      'families-within-60-days': 'Families identified within 60 days of the QAD (%), by month',
      'families-within-90-days': 'Families identified within 90 days of the QAD (%), by month',
      'children-within-60-days': 'Children recruited within 60 days of the QAD (%), by month',
      'children-within-90-days': 'Children recruited within 90 days of the QAD (%), by month',
      'residency-within-60-days':
        'Newly qualified children recruited within 60 days of residency (%), by month',
      'mpo-growth-percent': 'Tested students who met their MPO’s growth (%), by month',
      'referrals-per-quarter': 'Referrals received, by quarter',
      'contacts-per-recruiter-week': 'School contacts per recruiter, by week',
    },
    unit: { count: 'Count', percent: 'Percent', rate: 'Per recruiter' },
    median: 'Median',
    frozenMedian: 'Baseline median',
    target: 'Aim',
    flagged: 'Point of a shift or trend',
    noData: 'No period has a value yet.',
    summary: ({ median, useful, longestRun, crossings }) =>
      `Median ${median} · ${useful} points off the median · longest run ${longestRun} · ${crossings} crossings.`,
    signalsTitle: 'Signals',
    noSignal:
      'No signal: the variation looks random, so the chart does not show that a change made a difference yet.',
    signalName: {
      shift: 'Shift',
      trend: 'Trend',
      longestRun: 'Long run',
      crossings: 'Too few crossings',
    },
    signalSentence: {
      shift: ({ from }) =>
        `six or more points in a row on one side of the median, from ${from}: the process has likely changed.`,
      trend: ({ from }) =>
        `five or more points in a row going up or all going down, from ${from}: a steady change is under way.`,
      longestRun: ({ longestRun, limit }) =>
        `the longest run (${longestRun} points) is longer than chance allows (${limit}): the median no longer describes the process.`,
      crossings: ({ crossings, limit }) =>
        `the line crosses the median only ${crossings} times, fewer than chance allows (${limit}): the process has likely shifted.`,
    },
  },
  es: {
    title: (number, name) => `Región ${number} · ${name}: proyecto de mejora`,
    subtitle: 'Perfil del equipo',
    team: 'El equipo',
    cohort: (name) => `Cohorte: ${name}`,
    members: 'Miembros',
    noMembers: 'Ningún miembro en la lista.',
    aim: 'Meta',
    noAim: 'Este equipo todavía no ha fijado su meta.',
    what: 'Qué mejorará',
    howMuch: 'Cuánto (meta)',
    forWhom: 'Para quién',
    by: 'Para cuándo',
    baseline: 'Valor de la línea base',
    none: '—',
    changeIdeas: 'Impulsores e ideas de cambio',
    noChangeIdea: 'Todavía no hay ideas de cambio.',
    primaryDriver: 'Impulsor primario',
    secondaryDriver: 'Impulsor secundario',
    idea: 'Idea de cambio',
    cycles: 'Ciclos PDSA',
    noCycle: 'Todavía no hay ciclos PDSA.',
    cycleTitle: (number, date) => `PDSA ${number} · ${date}`,
    tests: 'Pone a prueba',
    plan: 'Planear',
    prediction: 'Predicción',
    do: 'Hacer',
    study: 'Estudiar',
    act: 'Actuar',
    acts: { adopt: 'Adoptar', adapt: 'Adaptar', abandon: 'Abandonar' },
    outcome: 'Resultado',
    measure: {
      'children-qualified': 'Niños calificados, por mes',
      'newly-qualified-percent': 'Niños calificados por primera vez (%), por mes',
      'subsequent-move-percent': 'Niños calificados por una mudanza posterior (%), por mes',
      'families-within-60-days': 'Familias identificadas dentro de 60 días de la QAD (%), por mes',
      'families-within-90-days': 'Familias identificadas dentro de 90 días de la QAD (%), por mes',
      'children-within-60-days': 'Niños reclutados dentro de 60 días de la QAD (%), por mes',
      'children-within-90-days': 'Niños reclutados dentro de 90 días de la QAD (%), por mes',
      'residency-within-60-days':
        'Niños recién calificados reclutados dentro de 60 días de su llegada (%), por mes',
      'mpo-growth-percent': 'Estudiantes evaluados que lograron el crecimiento de su MPO (%), por mes',
      'referrals-per-quarter': 'Referencias recibidas, por trimestre',
      'contacts-per-recruiter-week': 'Contactos con escuelas por reclutador, por semana',
    },
    unit: { count: 'Cantidad', percent: 'Porcentaje', rate: 'Por reclutador' },
    median: 'Mediana',
    frozenMedian: 'Mediana de la línea base',
    target: 'Meta',
    flagged: 'Punto de un desplazamiento o una tendencia',
    noData: 'Ningún período tiene un valor todavía.',
    summary: ({ median, useful, longestRun, crossings }) =>
      `Mediana ${median} · ${useful} puntos fuera de la mediana · racha más larga ${longestRun} · ${crossings} cruces.`,
    signalsTitle: 'Señales',
    noSignal:
      'Ninguna señal: la variación parece aleatoria, así que el gráfico todavía no muestra que un cambio haya tenido efecto.',
    signalName: {
      shift: 'Desplazamiento',
      trend: 'Tendencia',
      longestRun: 'Racha larga',
      crossings: 'Pocos cruces',
    },
    signalSentence: {
      shift: ({ from }) =>
        `seis o más puntos seguidos del mismo lado de la mediana, desde ${from}: es probable que el proceso haya cambiado.`,
      trend: ({ from }) =>
        `cinco o más puntos seguidos que suben o que bajan, desde ${from}: hay un cambio sostenido en curso.`,
      longestRun: ({ longestRun, limit }) =>
        `la racha más larga (${longestRun} puntos) es más larga de lo que permite el azar (${limit}): la mediana ya no describe el proceso.`,
      crossings: ({ crossings, limit }) =>
        `la línea cruza la mediana solo ${crossings} veces, menos de lo que permite el azar (${limit}): es probable que el proceso haya cambiado.`,
    },
  },
};
