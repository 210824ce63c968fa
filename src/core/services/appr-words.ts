/**
 * The APPR's findings in plain words, in English and Spanish: "38 of 120 children who met the
 * dosage have no pair of pre and post tests." The words are here rather than in the web
 * catalogs so the API, the page and the PDF say the same thing.
 */
import type { ApprFinding, FindingStep } from './appr';
import type { GrowthRule, Mpo, MpoPopulation } from './service-records';

export type ApprLanguage = 'en' | 'es';

const formatter = (language: ApprLanguage) => new Intl.NumberFormat(language === 'es' ? 'es-MX' : 'en-US');

const hoursText = (language: ApprLanguage, hours: number) =>
  `${formatter(language).format(hours)} ${hours === 1 ? (language === 'es' ? 'hora' : 'hour') : language === 'es' ? 'horas' : 'hours'}`;

const SENTENCES: Record<
  ApprLanguage,
  Record<FindingStep, (lost: string, of: string, minHours: number | null) => string>
> = {
  en: {
    inPopulation: (lost, of) => `${lost} of ${of} children served are not in the MPO's population.`,
    dosageMet: (lost, of, minHours) =>
      `${lost} of ${of} children in the population attended less than the minimum of ${hoursText('en', minHours ?? 0)}.`,
    tested: (lost, of) => `${lost} of ${of} children who met the dosage have no pair of pre and post tests.`,
  },
  es: {
    inPopulation: (lost, of) => `${lost} de ${of} niños atendidos no pertenecen a la población del MPO.`,
    dosageMet: (lost, of, minHours) =>
      `${lost} de ${of} niños de la población asistieron menos del mínimo de ${hoursText('es', minHours ?? 0)}.`,
    tested: (lost, of) =>
      `${lost} de ${of} niños que cumplieron la dosis no tienen un par de pruebas previa y posterior.`,
  },
};

/** One finding as a sentence in `language`. */
export function findingSentence(finding: ApprFinding, language: ApprLanguage): string {
  const number = formatter(language);
  return SENTENCES[language][finding.step](
    number.format(finding.lost),
    number.format(finding.of),
    finding.minHours,
  );
}

/** A finding's sentence in both languages, as the API replies it. */
export function findingWords(finding: ApprFinding): Record<ApprLanguage, string> {
  return { en: findingSentence(finding, 'en'), es: findingSentence(finding, 'es') };
}

const SUBJECTS: Record<ApprLanguage, Record<string, string>> = {
  en: { ELA: 'English language arts', MATH: 'mathematics' },
  es: { ELA: 'artes del lenguaje en inglés', MATH: 'matemáticas' },
};

function populationWords(population: MpoPopulation, language: ApprLanguage): string {
  if (population.kind === 'age')
    return language === 'es'
      ? `Niños de ${population.minAge} a ${population.maxAge} años al inicio del servicio`
      : `Children aged ${population.minAge} to ${population.maxAge} when the service starts`;
  const subject = SUBJECTS[language][population.subject] ?? population.subject;
  return language === 'es'
    ? `Niños con nivel ${population.maxLevel} o menos en su última evaluación estatal de ${subject}`
    : `Children at level ${population.maxLevel} or below on their last state assessment in ${subject}`;
}

function growthWords(growth: GrowthRule, language: ApprLanguage): string {
  const number = formatter(language);
  const es = language === 'es';
  switch (growth.kind) {
    case 'anyGain':
      return es ? 'una prueba posterior mejor que la previa' : 'a post-test better than the pre-test';
    case 'points':
      return es
        ? `una prueba posterior al menos ${number.format(growth.points)} ${growth.points === 1 ? 'punto' : 'puntos'} mejor que la previa`
        : `a post-test at least ${number.format(growth.points)} ${growth.points === 1 ? 'point' : 'points'} better than the pre-test`;
    case 'percentOfRange':
      return es
        ? `una mejora de al menos ${number.format(growth.percent)} % del rango del instrumento`
        : `an improvement of at least ${number.format(growth.percent)}% of the instrument's range`;
    case 'reach':
      return es
        ? `una prueba posterior que alcanza ${number.format(growth.score)}`
        : `a post-test that reaches ${number.format(growth.score)}`;
  }
}

/** How an MPO is measured, in one sentence: who, the dosage, what counts as growth, the target. */
export function ruleSummary(mpo: Mpo, language: ApprLanguage): string {
  const number = formatter(language);
  const es = language === 'es';
  const dosage =
    mpo.minHours === null
      ? es
        ? 'sin mínimo de horas'
        : 'no minimum of hours'
      : es
        ? `al menos ${hoursText('es', mpo.minHours)} de servicio`
        : `at least ${hoursText('en', mpo.minHours)} of service`;
  const target = es
    ? `meta: ${number.format(mpo.target)} % de los evaluados (con al menos ${number.format(mpo.minN)} evaluados)`
    : `target: ${number.format(mpo.target)}% of those tested (with at least ${number.format(mpo.minN)} tested)`;
  const growth = es
    ? `crecimiento: ${growthWords(mpo.growth, language)}`
    : `growth: ${growthWords(mpo.growth, language)}`;
  return `${populationWords(mpo.population, language)}; ${dosage}; ${growth}; ${target}.`;
}
