/**
 * A DA decision in plain words, in English and Spanish: "English learners meet Priority 4
 * (Red on English Learner Progress) and Priority 6 (Red on suspension)." Pure; the words are
 * here rather than in the web catalogs so exports, the API and the web page say the same thing.
 */
import type { CharterRule, Color, Indicator, PriorityAreaId, StatusLevel, StudentGroup } from './da-codes';
import type { AreaCause, CitedRow, DaLeaReport } from './da-lea-report';

export type DaLanguage = 'en' | 'es';

interface Words {
  groups: Record<StudentGroup, string>;
  indicators: Record<Indicator, string>;
  colors: Record<Color, string>;
  statusLevels: Record<StatusLevel, string>;
  and: string;
  area(area: PriorityAreaId): string;
  colorOn(color: string, indicator: string): string;
  statusOn(status: string, indicator: string): string;
  localNotMet: string;
  eligible(year: number): string;
  notEligible(year: number): string;
  groupMeets(group: string, areas: string): string;
  localAreas(areas: string): string;
  calpadsLate: string;
  noGroup: string;
  intensive(eligible: boolean, met: string, years: string): string;
  charter(rule: string, eligible: boolean, met: string, years: string): string;
  charterRules: Record<CharterRule, string>;
  notDetermined: string;
  none: string;
}

const ENGLISH: Words = {
  groups: {
    ALL: 'All students',
    AA: 'Black or African American students',
    AI: 'American Indian or Alaska Native students',
    AS: 'Asian students',
    FI: 'Filipino students',
    HI: 'Hispanic students',
    PI: 'Pacific Islander students',
    WH: 'White students',
    MR: 'Students of two or more races',
    EL: 'English learners',
    LTEL: 'Long-term English learners',
    SED: 'Socioeconomically disadvantaged students',
    SWD: 'Students with disabilities',
    FOS: 'Foster youth',
    HOM: 'Homeless students',
  },
  indicators: {
    ELA: 'English language arts',
    MATH: 'mathematics',
    ELPI: 'English Learner Progress',
    GRAD: 'graduation rate',
    CHRONIC: 'chronic absenteeism',
    SUSP: 'suspension',
    CCI: 'College/Career',
  },
  colors: { RED: 'Red', ORANGE: 'Orange', YELLOW: 'Yellow', GREEN: 'Green', BLUE: 'Blue' },
  statusLevels: { VERY_LOW: 'Very Low', LOW: 'Low', MEDIUM: 'Medium', HIGH: 'High', VERY_HIGH: 'Very High' },
  and: 'and',
  area: (area) => (area === 'P7_8' ? 'Priorities 7 and 8' : `Priority ${area.slice(1)}`),
  colorOn: (color, indicator) => `${color} on ${indicator}`,
  statusOn: (status, indicator) => `${status} status on ${indicator}`,
  localNotMet: 'local indicator not met for two or more years',
  eligible: (year) => `Eligible for differentiated assistance on the ${year} Dashboard.`,
  notEligible: (year) => `Not eligible for differentiated assistance on the ${year} Dashboard.`,
  groupMeets: (group, areas) => `${group} meet ${areas}.`,
  localAreas: (areas) => `Local indicators not met for two or more years: ${areas}.`,
  calpadsLate: 'The LEA did not submit its CALPADS data on time, which makes it eligible.',
  noGroup: 'No student group meets the criteria in two or more priority areas.',
  intensive: (eligible, met, years) =>
    `Intensive intervention (Level 3): ${eligible ? 'eligible' : 'not eligible'}; criteria met in ${met} of ${years}.`,
  charter: (rule, eligible, met, years) =>
    `Charter rule (${rule}): ${eligible ? 'met' : 'not met'}; criteria met in ${met} of ${years}.`,
  charterRules: {
    THREE_OF_FOUR_YEARS: 'three of four years',
    TWO_CONSECUTIVE_YEARS: 'two consecutive years',
  },
  notDetermined: 'There are not enough Dashboard years to decide yet.',
  none: 'no year',
};

const SPANISH: Words = {
  groups: {
    ALL: 'Todos los estudiantes',
    AA: 'Los estudiantes afroamericanos',
    AI: 'Los estudiantes indígenas americanos o nativos de Alaska',
    AS: 'Los estudiantes asiáticos',
    FI: 'Los estudiantes filipinos',
    HI: 'Los estudiantes hispanos',
    PI: 'Los estudiantes de las islas del Pacífico',
    WH: 'Los estudiantes blancos',
    MR: 'Los estudiantes de dos o más razas',
    EL: 'Los estudiantes de inglés',
    LTEL: 'Los estudiantes de inglés a largo plazo',
    SED: 'Los estudiantes en desventaja socioeconómica',
    SWD: 'Los estudiantes con discapacidades',
    FOS: 'Los jóvenes en hogares de acogida',
    HOM: 'Los estudiantes sin hogar',
  },
  indicators: {
    ELA: 'artes del lenguaje en inglés',
    MATH: 'matemáticas',
    ELPI: 'progreso de los estudiantes de inglés',
    GRAD: 'tasa de graduación',
    CHRONIC: 'ausentismo crónico',
    SUSP: 'suspensiones',
    CCI: 'preparación universitaria y profesional',
  },
  colors: { RED: 'Rojo', ORANGE: 'Anaranjado', YELLOW: 'Amarillo', GREEN: 'Verde', BLUE: 'Azul' },
  statusLevels: { VERY_LOW: 'Muy bajo', LOW: 'Bajo', MEDIUM: 'Medio', HIGH: 'Alto', VERY_HIGH: 'Muy alto' },
  and: 'y',
  area: (area) => (area === 'P7_8' ? 'las Prioridades 7 y 8' : `la Prioridad ${area.slice(1)}`),
  colorOn: (color, indicator) => `${color} en ${indicator}`,
  statusOn: (status, indicator) => `estado ${status} en ${indicator}`,
  localNotMet: 'indicador local no cumplido por dos años o más',
  eligible: (year) => `Elegible para asistencia diferenciada en el Dashboard de ${year}.`,
  notEligible: (year) => `No elegible para asistencia diferenciada en el Dashboard de ${year}.`,
  groupMeets: (group, areas) => `${group} cumplen ${areas}.`,
  localAreas: (areas) => `Indicadores locales no cumplidos por dos años o más: ${areas}.`,
  calpadsLate: 'La agencia no entregó a tiempo sus datos de CALPADS, lo que la hace elegible.',
  noGroup: 'Ningún grupo de estudiantes cumple los criterios en dos o más áreas prioritarias.',
  intensive: (eligible, met, years) =>
    `Intervención intensiva (nivel 3): ${eligible ? 'elegible' : 'no elegible'}; criterios cumplidos en ${met} de ${years}.`,
  charter: (rule, eligible, met, years) =>
    `Regla de escuelas chárter (${rule}): ${eligible ? 'cumplida' : 'no cumplida'}; criterios cumplidos en ${met} de ${years}.`,
  charterRules: {
    THREE_OF_FOUR_YEARS: 'tres de cuatro años',
    TWO_CONSECUTIVE_YEARS: 'dos años consecutivos',
  },
  notDetermined: 'Todavía no hay suficientes años del Dashboard para decidir.',
  none: 'ningún año',
};

export const WORDS: Record<DaLanguage, Words> = { en: ENGLISH, es: SPANISH };

/** "A", "A and B", "A, B and C" (Spanish "y"). */
export function listInWords(items: readonly string[], language: DaLanguage): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${WORDS[language].and} ${items[items.length - 1]}`;
}

function rowInWords(row: CitedRow, words: Words): string | null {
  if (row.kind === 'local') return null;
  const indicator = words.indicators[row.indicator];
  if (row.color) return words.colorOn(words.colors[row.color], indicator);
  return row.statusLevel ? words.statusOn(words.statusLevels[row.statusLevel], indicator) : null;
}

/** "Priority 4 (Red on English language arts and Orange on mathematics)". */
function areaInWords(cause: AreaCause, language: DaLanguage): string {
  const words = WORDS[language];
  const why =
    cause.via === 'local'
      ? words.localNotMet
      : listInWords(
          cause.rows.map((r) => rowInWords(r, words)).filter((w): w is string => w !== null),
          language,
        );
  return why ? `${words.area(cause.area)} (${why})` : words.area(cause.area);
}

/** The decision of one LEA as sentences, in the order a person reads them. */
export function explainLeaInWords(report: DaLeaReport, year: number, language: DaLanguage): string[] {
  const words = WORDS[language];
  const { decision } = report;
  const years = (list: readonly number[]) =>
    list.length === 0 ? words.none : listInWords(list.map(String), language);
  const sentences = [decision.eligible ? words.eligible(year) : words.notEligible(year)];
  for (const cause of report.causes)
    sentences.push(
      words.groupMeets(
        words.groups[cause.group],
        listInWords(
          cause.areas.map((a) => areaInWords(a, language)),
          language,
        ),
      ),
    );
  if (report.localCauses.length > 0)
    sentences.push(
      words.localAreas(
        listInWords(
          report.localCauses.map((c) => words.area(c.area)),
          language,
        ),
      ),
    );
  if (decision.calpadsLate) sentences.push(words.calpadsLate);
  if (!decision.eligible && report.causes.length === 0 && decision.leaType !== 'charter')
    sentences.push(words.noGroup);
  if (decision.intensive)
    sentences.push(
      words.intensive(
        decision.intensive.eligible,
        years(decision.intensive.yearsMet),
        years(decision.intensive.years),
      ),
    );
  if (decision.charter) {
    sentences.push(
      words.charter(
        words.charterRules[decision.charter.rule],
        decision.eligible,
        years(decision.charter.yearsMet),
        years(decision.charter.years),
      ),
    );
    if (decision.charter.determined === false) sentences.push(words.notDetermined);
  }
  return sentences;
}
