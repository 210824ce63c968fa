/**
 * The APPR's findings in plain words, in English and Spanish: "38 of 120 children who met the
 * dosage have no pair of pre and post tests." The words are here rather than in the web
 * catalogs so the API, the page and the PDF say the same thing.
 */
import type { ApprFinding, FindingStep } from './appr';
import type { MpoStatus } from './service-records';

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

/** The names of the statuses. */
export const STATUS_WORDS: Record<ApprLanguage, Record<MpoStatus, string>> = {
  en: { met: 'Met', notMet: 'Not met', insufficient: 'Too few tested' },
  es: { met: 'Cumplido', notMet: 'No cumplido', insufficient: 'Muy pocos evaluados' },
};
