/**
 * The words of the control chart in a team's profile (IP4.6, IP5), as the project page says them
 * (src/web/i18n/*\/controlCharts.json; profile-control-labels.int.test.ts holds the two to the
 * same texts). `{{name}}` is filled by fillLabel.
 */
import type { ProfileLanguage } from './profile-labels';

interface RuleWords {
  name: string;
  sentence: string;
}

export interface ControlChartLabels {
  title: string;
  reason: Record<'proportion' | 'overdispersed' | 'rate' | 'single-value', string>;
  types: Record<'p' | 'p-prime' | 'u' | 'xmr', string>;
  ruleSets: Record<'anhoj' | 'ihi', string>;
  ruleSetMeans: Record<'anhoj' | 'ihi', string>;
  center: string;
  upper: string;
  lower: string;
  phaseLine: string;
  provisional_one: string;
  provisional_other: string;
  flagged: string;
  pointTitle: string;
  noSignal: string;
  rules: Record<'outside' | 'longestRun' | 'crossings' | 'shift' | 'trend', RuleWords>;
  phaseMark: string;
}

/** A label with its `{{name}}` placeholders filled. */
export function fillLabel(text: string, values: Record<string, string | number | null>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
}

export const CONTROL_CHART_LABELS: Record<ProfileLanguage, ControlChartLabels> = {
  en: {
    title: 'Control chart',
    reason: {
      proportion:
        "A P chart, because this measure is a percentage of a count that changes every period: each period's limits follow how many it counted, so a small month gets wider limits.",
      overdispersed:
        "A P′ (Laney) chart, because this percentage counts many each period and varies more between periods than a P chart expects: a P chart's limits would be too narrow.",
      rate: "A U chart, because this measure is a rate per person (contacts per recruiter-week): each period's limits follow how many it is divided by.",
      'single-value':
        'An XmR (individuals) chart, because this measure is one count per period with nothing to divide by: its limits come from the ranges between consecutive periods.',
    },
    types: {
      p: 'P chart (proportion)',
      'p-prime': 'P′ chart (Laney)',
      u: 'U chart (rate)',
      xmr: 'XmR chart (individuals)',
    },
    ruleSets: {
      anhoj: "Anhøj's rules",
      ihi: "IHI's rules",
    },
    ruleSetMeans: {
      anhoj:
        'Points outside the limits, an unusually long run on one side of the centre line, and too few crossings of it.',
      ihi: 'Points outside the limits, a shift of 6 or more points on one side of the centre line, and a trend of 5 or more points going up or down.',
    },
    center: 'Centre line',
    upper: 'Upper limit',
    lower: 'Lower limit',
    phaseLine: 'Phase {{number}} from {{from}}: centre line {{center}}.',
    provisional_one: 'Its limits come from {{count}} point and may still move.',
    provisional_other: 'Its limits come from {{count}} points and may still move.',
    flagged: 'Flagged points',
    pointTitle: '{{label}} ({{value}})',
    noSignal: 'No rule fired: the variation looks like chance alone.',
    rules: {
      outside: {
        name: 'Outside the limits',
        sentence:
          'this period is further from the centre line than the variation between periods explains: something special happened.',
      },
      longestRun: {
        name: 'Unusually long run',
        sentence:
          '{{longestRun}} points in a row on one side of the centre line, more than the {{limit}} expected by chance: the process has likely changed.',
      },
      crossings: {
        name: 'Too few crossings',
        sentence:
          'the points cross the centre line {{crossings}} times, fewer than the {{limit}} expected by chance: the process has likely changed.',
      },
      shift: {
        name: 'Shift',
        sentence: '6 or more points in a row on one side of the centre line: the process has likely changed.',
      },
      trend: {
        name: 'Trend',
        sentence: '5 or more points in a row each higher, or each lower, than the one before.',
      },
    },
    phaseMark: 'Phase {{number}}',
  },
  es: {
    title: 'Gráfico de control',
    reason: {
      proportion:
        'Un gráfico P, porque esta medida es un porcentaje de un total que cambia cada período: los límites de cada período siguen cuántos contó, así que un mes pequeño tiene límites más anchos.',
      overdispersed:
        'Un gráfico P′ (Laney), porque este porcentaje cuenta muchos cada período y varía entre períodos más de lo que espera un gráfico P: los límites de un gráfico P serían demasiado estrechos.',
      rate: 'Un gráfico U, porque esta medida es una tasa por persona (contactos por reclutador y semana): los límites de cada período siguen entre cuántos se divide.',
      'single-value':
        'Un gráfico XmR (valores individuales), porque esta medida es un conteo por período sin nada entre qué dividir: sus límites vienen de los rangos entre períodos consecutivos.',
    },
    types: {
      p: 'Gráfico P (proporción)',
      'p-prime': 'Gráfico P′ (Laney)',
      u: 'Gráfico U (tasa)',
      xmr: 'Gráfico XmR (valores individuales)',
    },
    ruleSets: {
      anhoj: 'Reglas de Anhøj',
      ihi: 'Reglas del IHI',
    },
    ruleSetMeans: {
      anhoj:
        'Puntos fuera de los límites, una racha inusualmente larga a un lado de la línea central y muy pocos cruces de ella.',
      ihi: 'Puntos fuera de los límites, un desplazamiento de 6 o más puntos a un lado de la línea central y una tendencia de 5 o más puntos que suben o bajan.',
    },
    center: 'Línea central',
    upper: 'Límite superior',
    lower: 'Límite inferior',
    phaseLine: 'Fase {{number}} desde {{from}}: línea central {{center}}.',
    provisional_one: 'Sus límites vienen de {{count}} punto y todavía pueden moverse.',
    provisional_other: 'Sus límites vienen de {{count}} puntos y todavía pueden moverse.',
    flagged: 'Puntos señalados',
    pointTitle: '{{label}} ({{value}})',
    noSignal: 'Ninguna regla se activó: la variación parece deberse solo al azar.',
    rules: {
      outside: {
        name: 'Fuera de los límites',
        sentence:
          'este período está más lejos de la línea central de lo que explica la variación entre períodos: ocurrió algo especial.',
      },
      longestRun: {
        name: 'Racha inusualmente larga',
        sentence:
          '{{longestRun}} puntos seguidos a un lado de la línea central, más de los {{limit}} que se esperan por azar: es probable que el proceso haya cambiado.',
      },
      crossings: {
        name: 'Muy pocos cruces',
        sentence:
          'los puntos cruzan la línea central {{crossings}} veces, menos de las {{limit}} que se esperan por azar: es probable que el proceso haya cambiado.',
      },
      shift: {
        name: 'Desplazamiento',
        sentence:
          '6 o más puntos seguidos a un lado de la línea central: es probable que el proceso haya cambiado.',
      },
      trend: {
        name: 'Tendencia',
        sentence: '5 o más puntos seguidos, cada uno más alto, o cada uno más bajo, que el anterior.',
      },
    },
    phaseMark: 'Fase {{number}}',
  },
};
