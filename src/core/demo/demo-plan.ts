/**
 * California's State Service Delivery Plan as the demo dataset loads it. The sources name the
 * plan's MPOs 1.0 (ELA), 2.0 (mathematics) and 7.0 (school readiness) and its service
 * components, but not their wording nor their targets: the state enters those. Every value
 * here is a plausible demo value, and says so in its own words; the version is marked `demo`
 * so every page labels it.
 */
import type { CalendarDate } from '../common/calendar-date';
import type { PlanContent, PlanStrategy } from '../services/plan-version';

export const DEMO_PLAN_NAME = 'California State Service Delivery Plan (demo values)';
export const DEMO_PLAN_NOTES =
  'Demo values: the need areas come from the sources; the MPO statements, targets and strategies are invented for the demo. The state enters its plan’s own wording.';

const strategy = (
  number: string,
  needArea: string,
  implementer: PlanStrategy['implementer'],
  epcVerified: boolean,
  textEn: string,
  textEs: string,
): PlanStrategy => ({
  number,
  needArea,
  implementer,
  epcVerified,
  textEn: `Demo wording: ${textEn}`,
  textEs: `Redacción de demostración: ${textEs}`,
});

/** Need areas of seed 000 (MPOs 1.0, 2.0, 7.0) and the out-of-school youth seed 001 asks the plan to address. */
export const DEMO_PLAN: PlanContent = {
  needAreas: [
    { code: 'ELA', nameEn: 'English language arts', nameEs: 'Artes del lenguaje en inglés' },
    { code: 'MATH', nameEn: 'Mathematics', nameEs: 'Matemáticas' },
    { code: 'SR', nameEn: 'School readiness', nameEs: 'Preparación escolar' },
    {
      code: 'OSY',
      nameEn: 'Out-of-school youth and dropouts',
      nameEs: 'Jóvenes fuera de la escuela y que abandonaron los estudios',
    },
  ],
  mpos: [
    {
      number: '1.0',
      area: 'ELA',
      population: { kind: 'belowProficient', subject: 'ELA', maxLevel: 2 },
      minHours: 10,
      growth: { kind: 'points', points: 1 },
      target: 60,
      minN: 10,
      statementEn:
        'Demo wording: 60% of migratory students below proficient in English language arts who receive at least 10 hours of aligned services will improve their post-test score by at least 1 point.',
      statementEs:
        'Redacción de demostración: el 60 % de los estudiantes migrantes por debajo del nivel competente en artes del lenguaje en inglés que reciban al menos 10 horas de servicios alineados mejorará su puntaje en la prueba posterior en al menos 1 punto.',
      terms: ['RSY', 'SUMMER', 'INTERSESSION'],
    },
    {
      number: '2.0',
      area: 'MATH',
      population: { kind: 'belowProficient', subject: 'MATH', maxLevel: 2 },
      minHours: 10,
      growth: { kind: 'points', points: 1 },
      target: 60,
      minN: 10,
      statementEn:
        'Demo wording: 60% of migratory students below proficient in mathematics who receive at least 10 hours of aligned services will improve their post-test score by at least 1 point.',
      statementEs:
        'Redacción de demostración: el 60 % de los estudiantes migrantes por debajo del nivel competente en matemáticas que reciban al menos 10 horas de servicios alineados mejorará su puntaje en la prueba posterior en al menos 1 punto.',
      terms: ['RSY', 'SUMMER', 'INTERSESSION'],
    },
    {
      number: '7.0',
      area: 'SR',
      population: { kind: 'age', minAge: 3, maxAge: 5 },
      minHours: null,
      growth: { kind: 'percentOfRange', percent: 10 },
      target: 70,
      minN: 10,
      statementEn:
        'Demo wording: 70% of migratory children aged 3 to 5 who receive school readiness services will improve by at least 10% of the assessment’s range from pre- to post-assessment.',
      statementEs:
        'Redacción de demostración: el 70 % de los niños migrantes de 3 a 5 años que reciban servicios de preparación escolar mejorará en al menos el 10 % del rango de la evaluación entre la evaluación previa y la posterior.',
      terms: ['RSY', 'SUMMER', 'INTERSESSION'],
    },
  ],
  strategies: [
    strategy(
      '1.1',
      'ELA',
      'either',
      true,
      'supplemental English language arts instruction in small groups, aligned to the state standards.',
      'instrucción suplementaria de artes del lenguaje en inglés en grupos pequeños, alineada con los estándares estatales.',
    ),
    strategy(
      '1.2',
      'ELA',
      'region',
      true,
      'a summer literacy academy with English language development for migratory students.',
      'una academia de lectoescritura de verano con desarrollo del idioma inglés para estudiantes migrantes.',
    ),
    strategy(
      '1.3',
      'ELA',
      'district',
      false,
      'family literacy nights that show parents how to support reading at home.',
      'noches de lectoescritura familiar que muestran a los padres cómo apoyar la lectura en casa.',
    ),
    strategy(
      '2.1',
      'MATH',
      'either',
      true,
      'supplemental mathematics tutoring before or after school.',
      'tutoría suplementaria de matemáticas antes o después de clases.',
    ),
    strategy(
      '2.2',
      'MATH',
      'region',
      false,
      'a summer mathematics program with hands-on problem solving.',
      'un programa de matemáticas de verano con resolución práctica de problemas.',
    ),
    strategy(
      '2.3',
      'MATH',
      'district',
      true,
      'professional development for teachers of migratory students in mathematics instruction.',
      'desarrollo profesional para los maestros de estudiantes migrantes en la enseñanza de las matemáticas.',
    ),
    strategy(
      '7.1',
      'SR',
      'region',
      true,
      'home-based preschool services for migratory children aged 3 to 5.',
      'servicios preescolares en el hogar para niños migrantes de 3 a 5 años.',
    ),
    strategy(
      '7.2',
      'SR',
      'either',
      false,
      'parent workshops on school readiness, in the family’s language.',
      'talleres para padres sobre la preparación escolar, en el idioma de la familia.',
    ),
    strategy(
      '7.3',
      'SR',
      'district',
      false,
      'a kindergarten transition program in the summer before school starts.',
      'un programa de transición al kínder en el verano antes del inicio de clases.',
    ),
    strategy(
      '8.1',
      'OSY',
      'region',
      true,
      'outreach and individual learning plans for out-of-school youth.',
      'acercamiento y planes de aprendizaje individuales para jóvenes fuera de la escuela.',
    ),
    strategy(
      '8.2',
      'OSY',
      'either',
      false,
      'referrals to high school equivalency, English classes and career pathways.',
      'referencias a programas de equivalencia de preparatoria, clases de inglés y trayectorias profesionales.',
    ),
  ],
};

/**
 * The demo plan is in force from the start of the previous performance period (1 September),
 * so the demo's services of that period and this one were delivered under it.
 */
export function demoPlanAdoptedOn(today: CalendarDate): CalendarDate {
  const year = Number(today.slice(0, 4));
  const periodStartYear = Number(today.slice(5, 7)) >= 9 ? year : year - 1;
  return `${periodStartYear - 1}-09-01` as CalendarDate;
}
