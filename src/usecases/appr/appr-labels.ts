import type { FunnelStep } from '../../core/services/appr';
import type { ApprLanguage } from '../../core/services/appr-words';
import type { MpoStatus, ServiceTerm } from '../../core/services/service-records';

/** The words of the APPR files, in English and Spanish. */
export interface ApprLabels {
  title: string;
  region: (number: number, name: string) => string;
  period: string;
  plan: string;
  demoPlan: string;
  noPlan: string;
  mpo: string;
  area: string;
  status: string;
  statuses: Record<MpoStatus, string>;
  pct: string;
  target: string;
  steps: Record<FunnelStep, string>;
  step: string;
  from: string;
  to: string;
  count: string;
  kept: string;
  lost: string;
  keptPct: string;
  lostPct: string;
  findings: string;
  noFindings: string;
  participation: string;
  term: string;
  terms: Record<ServiceTerm | 'all', string>;
  childrenServed: string;
  enrollments: string;
  attendedHours: string;
  review: string;
  challenges: string;
  practices: string;
  goals: string;
  notReviewed: string;
  savedBy: (who: string, when: string) => string;
  savedFigures: string;
  question: string;
  answer: string;
  sheets: { mpos: string; dropOff: string; participation: string; review: string };
  rollUp: {
    title: string;
    stateFigures: string;
    subgrantee: string;
    subgranteesBy: (status: string) => string;
    reviewSaved: string;
    sheets: { state: string; subgrantees: string };
  };
}

export const APPR_LABELS: Record<ApprLanguage, ApprLabels> = {
  en: {
    title: 'Annual Performance Progress Report',
    region: (number, name) => `Region ${number} · ${name}`,
    period: 'Performance period',
    plan: 'Service Delivery Plan',
    demoPlan: 'demo values',
    noPlan: 'No plan has been adopted.',
    mpo: 'MPO',
    area: 'Need area',
    status: 'Status',
    statuses: { met: 'Met', notMet: 'Not met', insufficient: 'Too few tested' },
    pct: '% grew',
    target: 'Target %',
    steps: {
      served: 'Served',
      inPopulation: 'In the population',
      dosageMet: 'Dosage met',
      tested: 'Tested (pre and post)',
      grew: 'Grew',
    },
    step: 'Step',
    from: 'From',
    to: 'To',
    count: 'Children',
    kept: 'Went on',
    lost: 'Lost',
    keptPct: '% went on',
    lostPct: '% lost',
    findings: 'Findings',
    noFindings: 'No step loses many children.',
    participation: 'Participation',
    term: 'Term',
    terms: { RSY: 'Regular school year', SUMMER: 'Summer', INTERSESSION: 'Intersession', all: 'All terms' },
    childrenServed: 'Children served',
    enrollments: 'Enrollments',
    attendedHours: 'Attended hours',
    review: "The subgrantee's review",
    challenges: 'Challenges',
    practices: 'Practices that address them',
    goals: 'Goals for the new school year',
    notReviewed: 'Not reviewed yet.',
    savedBy: (who, when) => `Saved by ${who} on ${when}.`,
    savedFigures: 'Figures when the review was saved',
    question: 'Question',
    answer: 'Answer',
    sheets: { mpos: 'MPOs', dropOff: 'Drop-off', participation: 'Participation', review: 'Review' },
    rollUp: {
      title: 'APPR: state roll-up',
      stateFigures: "The state's figures (each child counted once)",
      subgrantee: 'Subgrantee',
      subgranteesBy: (status) => `Subgrantees: ${status}`,
      reviewSaved: 'Review saved',
      sheets: { state: 'State', subgrantees: 'Subgrantees' },
    },
  },
  es: {
    title: 'Informe Anual de Progreso del Desempeño',
    region: (number, name) => `Región ${number} · ${name}`,
    period: 'Período de desempeño',
    plan: 'Plan de Prestación de Servicios',
    demoPlan: 'valores de demostración',
    noPlan: 'No se ha adoptado ningún plan.',
    mpo: 'MPO',
    area: 'Área de necesidad',
    status: 'Estado',
    statuses: { met: 'Cumplido', notMet: 'No cumplido', insufficient: 'Muy pocos evaluados' },
    pct: '% con crecimiento',
    target: 'Meta %',
    steps: {
      served: 'Atendidos',
      inPopulation: 'En la población',
      dosageMet: 'Con la dosis',
      tested: 'Evaluados (previa y posterior)',
      grew: 'Con crecimiento',
    },
    step: 'Paso',
    from: 'De',
    to: 'A',
    count: 'Niños',
    kept: 'Siguieron',
    lost: 'Perdidos',
    keptPct: '% siguieron',
    lostPct: '% perdidos',
    findings: 'Hallazgos',
    noFindings: 'Ningún paso pierde muchos niños.',
    participation: 'Participación',
    term: 'Período',
    terms: {
      RSY: 'Año escolar regular',
      SUMMER: 'Verano',
      INTERSESSION: 'Intersesión',
      all: 'Todos los períodos',
    },
    childrenServed: 'Niños atendidos',
    enrollments: 'Inscripciones',
    attendedHours: 'Horas asistidas',
    review: 'La revisión del subbeneficiario',
    challenges: 'Desafíos',
    practices: 'Prácticas para abordarlos',
    goals: 'Metas para el nuevo año escolar',
    notReviewed: 'Aún sin revisar.',
    savedBy: (who, when) => `Guardado por ${who} el ${when}.`,
    savedFigures: 'Cifras cuando se guardó la revisión',
    question: 'Pregunta',
    answer: 'Respuesta',
    sheets: { mpos: 'MPO', dropOff: 'Pérdidas', participation: 'Participación', review: 'Revisión' },
    rollUp: {
      title: 'APPR: resumen estatal',
      stateFigures: 'Las cifras del estado (cada niño contado una vez)',
      subgrantee: 'Subbeneficiario',
      subgranteesBy: (status) => `Subbeneficiarios: ${status}`,
      reviewSaved: 'Revisión guardada',
      sheets: { state: 'Estado', subgrantees: 'Subbeneficiarios' },
    },
  },
};
