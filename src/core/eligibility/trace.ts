/**
 * The determination's trace: steps in interview-framework order (worker, child, move,
 * then the period), kept as data and written out in English or Spanish.
 */
import { memoizeText } from '../common/memoize';
import type { Interview, InterviewMove, InterviewPlace, InterviewWork, ReasonCode } from './interview-schema';

export type TraceLanguage = 'en' | 'es';

/** The move a step is about (the interview's own object: steps are built for every determination). */
interface MoveFacts {
  move: InterviewMove;
}

/** A child's move linked to a worker's move made at another time (to join, or to precede). */
interface LinkedChildFacts extends MoveFacts {
  child: string;
  worker: string;
  workerMove: string;
  months: number;
  limit: number | null;
  qad: string;
}

export type TraceStep =
  | ({
      kind: 'worker-engaged';
      worker: string;
      work: InterviewWork;
      days: number;
      migratoryUntil: string;
    } & MoveFacts)
  | ({
      kind: 'worker-history';
      worker: string;
      work: InterviewWork;
      historyMoves: number;
      migratoryUntil: string;
    } & MoveFacts)
  | ({ kind: 'worker-sqm'; worker: string; establishingMove: string } & MoveFacts)
  | ({ kind: 'child-with'; child: string; worker: string; qad: string } & MoveFacts)
  | ({ kind: 'child-as-worker'; child: string; qad: string } & MoveFacts)
  | ({ kind: 'child-to-join' } & LinkedChildFacts)
  | ({ kind: 'child-precede' } & LinkedChildFacts)
  | {
      kind: 'pairing-fails';
      child: string;
      worker: string;
      relation: string;
      move: string;
      failures: ReasonCode[];
    }
  | { kind: 'no-qualifying-move'; child: string }
  | { kind: 'eligible-through'; end: string; endReason: string; birthday22: string }
  | { kind: 'not-eligible'; interviewDate: string; end: string | null; reasons: ReasonCode[] };

const DISTRICT_ABBREVIATIONS: Array<[RegExp, string]> = [
  [/\bJoint Unified School District$/i, 'JUSD'],
  [/\bUnified School District$/i, 'USD'],
  [/\bUnion High School District$/i, 'UHSD'],
  [/\bElementary School District$/i, 'ESD'],
  [/\bSchool District$/i, 'SD'],
];

const countryNames = {
  en: memoizeText((code) => new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code),
  es: memoizeText((code) => new Intl.DisplayNames(['es'], { type: 'region' }).of(code) ?? code),
};

const abbreviateDistrict = memoizeText((name) =>
  DISTRICT_ABBREVIATIONS.reduce((text, [pattern, abbreviation]) => text.replace(pattern, abbreviation), name),
);

function placeLabel(place: InterviewPlace, language: TraceLanguage): string {
  const country = place.country ?? 'US';
  if (country !== 'US') return countryNames[language](country);
  const district = abbreviateDistrict(place.schoolDistrict ?? place.residence);
  return place.administrativeArea ? `${district} (${place.administrativeArea})` : district;
}

const SPANISH_SECTOR: Record<InterviewWork['sector'], string> = {
  agricultural: 'agrícola',
  fishing: 'pesquero',
  other: 'no agrícola ni pesquero',
};

const SPANISH_EMPLOYMENT: Record<NonNullable<InterviewWork['employment']>, string> = {
  seasonal: 'de temporada',
  temporary: 'temporal',
  permanent: 'permanente',
  'personal-subsistence': 'de subsistencia personal',
};

/** The work a step names, as typed in its description: "seasonal agricultural work (cherries)". */
function workInWords(work: InterviewWork, language: TraceLanguage): string {
  const what = work.description ? ` (${work.description})` : '';
  if (language === 'es')
    return `trabajo ${SPANISH_SECTOR[work.sector]}${work.employment ? ` ${SPANISH_EMPLOYMENT[work.employment]}` : ''}${what}`;
  return `${work.employment ? `${work.employment} ${work.sector}` : work.sector} work${what}`;
}

/** Why a move does not qualify or a child is not eligible, as a clause of the trace in plain words. */
const REASONS_IN_WORDS: Record<TraceLanguage, Record<ReasonCode, string>> = {
  en: {
    NO_QUALIFYING_MOVE: 'no move of the child qualifies',
    NO_ECONOMIC_NECESSITY: 'the move was not due to economic necessity',
    NO_RESIDENCE_CHANGE: 'the residence did not change',
    SAME_SCHOOL_DISTRICT: 'the school district did not change',
    NOT_TO_US_DISTRICT: 'the move did not end in a US school district',
    NOT_SAME_DESTINATION: 'the child and the worker did not move to the same district',
    TO_JOIN_TOO_LATE: 'the child joined the worker too long after the worker moved',
    PRECEDE_TOO_EARLY: 'the worker came too long after the child',
    WORKER_RELATION_NOT_QUALIFYING: "the worker is not the child's parent, guardian or spouse",
    NO_ESTABLISHED_WORKER:
      'the worker is not established (no qualifying work after the move and no earlier establishing move)',
    WORK_NOT_QUALIFYING: 'the work is not new temporary or seasonal agricultural or fishing work',
    WORK_NOT_SOON_AFTER: 'the work did not begin soon after the move',
    NO_RECENT_HISTORY: 'work was sought but there is no recent history of qualifying moves',
    SQM_OUTSIDE_36_MONTHS: 'the later move is 36 months or more after the establishing move',
    ELIGIBILITY_EXPIRED: 'eligibility from this move has ended',
    AGE_22_OR_OLDER: 'the child is 22 or older',
    GRADUATED: 'the child has a high school diploma',
    HSE_OBTAINED: 'the child has a high school equivalency',
  },
  es: {
    NO_QUALIFYING_MOVE: 'ninguna mudanza del niño califica',
    NO_ECONOMIC_NECESSITY: 'la mudanza no fue por necesidad económica',
    NO_RESIDENCE_CHANGE: 'la residencia no cambió',
    SAME_SCHOOL_DISTRICT: 'el distrito escolar no cambió',
    NOT_TO_US_DISTRICT: 'la mudanza no terminó en un distrito escolar de EE. UU.',
    NOT_SAME_DESTINATION: 'el niño y el trabajador no se mudaron al mismo distrito',
    TO_JOIN_TOO_LATE: 'el niño se reunió con el trabajador demasiado tiempo después de la mudanza de este',
    PRECEDE_TOO_EARLY: 'el trabajador llegó demasiado tiempo después que el niño',
    WORKER_RELATION_NOT_QUALIFYING: 'el trabajador no es padre, madre, tutor ni cónyuge del niño',
    NO_ESTABLISHED_WORKER:
      'el trabajador no está establecido (no hubo trabajo calificado después de la mudanza ni una mudanza anterior que lo establezca)',
    WORK_NOT_QUALIFYING: 'el trabajo no es agrícola ni pesquero nuevo, temporal o de temporada',
    WORK_NOT_SOON_AFTER: 'el trabajo no empezó poco después de la mudanza',
    NO_RECENT_HISTORY: 'se buscó trabajo pero no hay historial reciente de mudanzas calificadas',
    SQM_OUTSIDE_36_MONTHS:
      'la mudanza posterior es 36 meses o más después de la mudanza que estableció al trabajador',
    ELIGIBILITY_EXPIRED: 'la elegibilidad por esta mudanza ya terminó',
    AGE_22_OR_OLDER: 'el niño tiene 22 años o más',
    GRADUATED: 'el niño tiene diploma de preparatoria',
    HSE_OBTAINED: 'el niño tiene equivalencia de preparatoria',
  },
};

const reasonsInWords = (reasons: readonly ReasonCode[], language: TraceLanguage) =>
  reasons.map((code) => REASONS_IN_WORDS[language][code]).join('; ');

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

// Module-level helpers, not closures: these run for every step of every determination.
function route({ move }: MoveFacts): string {
  return `${move.id} ${placeLabel(move.from, 'en')} -> ${placeLabel(move.to, 'en')} on ${move.date}`;
}

function ruta({ move }: MoveFacts): string {
  return `${move.id} ${placeLabel(move.from, 'es')} -> ${placeLabel(move.to, 'es')} el ${move.date}`;
}

function english(step: TraceStep): string {
  switch (step.kind) {
    case 'worker-engaged':
      return `Worker ${step.worker}: ${route(step)} is a qualifying move; ${workInWords(step.work, 'en')} began ${plural(step.days, 'day', 'days')} later: established, migratory until ${step.migratoryUntil}.`;
    case 'worker-history':
      return `Worker ${step.worker}: ${route(step)} is a qualifying move; ${workInWords(step.work, 'en')} was sought, with ${plural(step.historyMoves, 'recent qualifying move', 'recent qualifying moves')}: established, migratory until ${step.migratoryUntil}.`;
    case 'worker-sqm':
      return `Worker ${step.worker}: ${route(step)} is a qualifying move with no qualifying work: a subsequent qualifying move within 36 months of ${step.establishingMove}.`;
    case 'child-with':
      return `Child ${step.child}: ${route(step)} with ${step.worker}: QAD ${step.qad}.`;
    case 'child-as-worker':
      return `Child ${step.child} is the worker: ${route(step)}: QAD ${step.qad}.`;
    case 'child-to-join':
      return `Child ${step.child}: ${step.move.id} from ${placeLabel(step.move.from, 'en')} to ${placeLabel(step.move.to, 'en')} on ${step.move.date} joins ${step.worker}'s ${step.workerMove} (${plural(step.months, 'month', 'months')} later, limit ${step.limit ?? 'none'}): QAD ${step.qad}.`;
    case 'child-precede':
      return `Child ${step.child}: ${route(step)} ahead of ${step.worker}, who arrived with ${step.workerMove} (${plural(step.months, 'month', 'months')} later, limit ${step.limit ?? 'none'}): QAD ${step.qad}, the day both are there.`;
    case 'pairing-fails':
      return `Child ${step.child}: ${step.move} (${step.relation} ${step.worker}) does not qualify: ${step.failures.join(', ')}.`;
    case 'no-qualifying-move':
      return `Child ${step.child}: no qualifying move.`;
    case 'eligible-through':
      return `Eligible through ${step.end} (${ENGLISH_END[step.endReason] ?? step.endReason}); 22nd birthday ${step.birthday22}.`;
    case 'not-eligible':
      return `Not eligible on ${step.interviewDate}: ${step.reasons.join(', ')}${step.end ? `; eligibility ended ${step.end}` : ''}.`;
  }
}

export const ENGLISH_END: Record<string, string> = {
  '36-months': 'QAD + 36 months - 1 day',
  'age-22': 'the day before the 22nd birthday',
  graduation: 'the day before the diploma',
  hse: 'the day before the high school equivalency',
};

export const SPANISH_END: Record<string, string> = {
  '36-months': 'QAD + 36 meses - 1 día',
  'age-22': 'el día antes de cumplir 22 años',
  graduation: 'el día antes del diploma',
  hse: 'el día antes del certificado de equivalencia',
};

export const SPANISH_RELATION: Record<string, string> = {
  with: 'con',
  'as-worker': 'como trabajador',
  'to-join': 'para reunirse con',
  precede: 'antes que',
};

function spanish(step: TraceStep): string {
  switch (step.kind) {
    case 'worker-engaged':
      return `Trabajador ${step.worker}: ${ruta(step)} es una mudanza calificada; el ${workInWords(step.work, 'es')} empezó ${plural(step.days, 'día', 'días')} después: establecido, migratorio hasta el ${step.migratoryUntil}.`;
    case 'worker-history':
      return `Trabajador ${step.worker}: ${ruta(step)} es una mudanza calificada; buscó ${workInWords(step.work, 'es')} con ${plural(step.historyMoves, 'mudanza calificada reciente', 'mudanzas calificadas recientes')}: establecido, migratorio hasta el ${step.migratoryUntil}.`;
    case 'worker-sqm':
      return `Trabajador ${step.worker}: ${ruta(step)} es una mudanza calificada sin trabajo calificado: una mudanza calificada subsiguiente dentro de 36 meses de ${step.establishingMove}.`;
    case 'child-with':
      return `Menor ${step.child}: ${ruta(step)} con ${step.worker}: QAD ${step.qad}.`;
    case 'child-as-worker':
      return `Menor ${step.child} es el trabajador: ${ruta(step)}: QAD ${step.qad}.`;
    case 'child-to-join':
      return `Menor ${step.child}: ${step.move.id} de ${placeLabel(step.move.from, 'es')} a ${placeLabel(step.move.to, 'es')} el ${step.move.date} se reúne con ${step.worker} (${step.workerMove}, ${plural(step.months, 'mes', 'meses')} después, límite ${step.limit ?? 'ninguno'}): QAD ${step.qad}.`;
    case 'child-precede':
      return `Menor ${step.child}: ${ruta(step)} antes que ${step.worker}, quien llegó con ${step.workerMove} (${plural(step.months, 'mes', 'meses')} después, límite ${step.limit ?? 'ninguno'}): QAD ${step.qad}, el día en que ambos están allí.`;
    case 'pairing-fails':
      return `Menor ${step.child}: ${step.move} (${SPANISH_RELATION[step.relation] ?? step.relation} ${step.worker}) no califica: ${step.failures.join(', ')}.`;
    case 'no-qualifying-move':
      return `Menor ${step.child}: ninguna mudanza calificada.`;
    case 'eligible-through':
      return `Elegible hasta el ${step.end} (${SPANISH_END[step.endReason] ?? step.endReason}); cumple 22 años el ${step.birthday22}.`;
    case 'not-eligible':
      return `No elegible el ${step.interviewDate}: ${step.reasons.join(', ')}${step.end ? `; la elegibilidad terminó el ${step.end}` : ''}.`;
  }
}

/**
 * Who and where a trace's ids stand for, from the interview itself, to write the trace in
 * plain words for the recruiter and the reviewer ("María's move from Salinas to Dos Palos"):
 * a person without a name keeps their id.
 */
export interface TraceWords {
  person(id: string): string;
  move(id: string): InterviewMove | undefined;
}

export function traceWordsOf(interview: Interview): TraceWords {
  const names = new Map<string, string>();
  for (const person of [
    ...(interview.workers ?? []),
    ...interview.children,
    ...(interview.otherMembers ?? []),
  ])
    if (person.name?.trim()) names.set(person.id, person.name.trim());
  const moves = new Map(interview.moves.map((move) => [move.id, move]));
  return { person: (id) => names.get(id) ?? id, move: (id) => moves.get(id) };
}

/** A place as people say it: the town (else the residence), and the country when abroad. */
function plainPlace(place: InterviewPlace, language: TraceLanguage): string {
  const town = place.city?.trim() || place.residence;
  const country = place.country ?? 'US';
  return country === 'US' ? town : `${town}, ${countryNames[language](country)}`;
}

const possessive = (name: string) => (/s$/i.test(name) ? `${name}'` : `${name}'s`);

function plainMoveEn(words: TraceWords, who: string, move: InterviewMove | undefined, id: string): string {
  if (!move) return `${possessive(words.person(who))} move ${id}`;
  return `${possessive(words.person(who))} move from ${plainPlace(move.from, 'en')} to ${plainPlace(move.to, 'en')} on ${move.date}`;
}

function plainMoveEs(words: TraceWords, who: string, move: InterviewMove | undefined, id: string): string {
  if (!move) return `la mudanza ${id} de ${words.person(who)}`;
  return `la mudanza de ${words.person(who)} de ${plainPlace(move.from, 'es')} a ${plainPlace(move.to, 'es')} el ${move.date}`;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const ENGLISH_RELATION: Record<string, string> = {
  parent: 'parent',
  guardian: 'guardian',
  spouse: 'spouse',
  other: 'worker',
  with: 'with',
  'as-worker': 'as the worker',
  'to-join': 'to join',
  precede: 'ahead of',
};

function plainEnglish(step: TraceStep, words: TraceWords): string {
  const name = (id: string) => words.person(id);
  switch (step.kind) {
    case 'worker-engaged':
      return `${capitalize(plainMoveEn(words, step.worker, step.move, step.move.id))} is a qualifying move: ${workInWords(step.work, 'en')} began ${plural(step.days, 'day', 'days')} later, so ${name(step.worker)} is a migratory worker until ${step.migratoryUntil}.`;
    case 'worker-history':
      return `${capitalize(plainMoveEn(words, step.worker, step.move, step.move.id))} is a qualifying move: ${name(step.worker)} sought ${workInWords(step.work, 'en')} and made ${plural(step.historyMoves, 'recent qualifying move', 'recent qualifying moves')}, so is a migratory worker until ${step.migratoryUntil}.`;
    case 'worker-sqm':
      return `${capitalize(plainMoveEn(words, step.worker, step.move, step.move.id))} is a subsequent qualifying move: it came within 36 months of ${plainMoveEn(words, step.worker, words.move(step.establishingMove), step.establishingMove)}.`;
    case 'child-with':
      return `${name(step.child)} moved with ${name(step.worker)} from ${plainPlace(step.move.from, 'en')} to ${plainPlace(step.move.to, 'en')} on ${step.move.date}: the qualifying arrival date is ${step.qad}.`;
    case 'child-as-worker':
      return `${name(step.child)} is the worker: ${plainMoveEn(words, step.child, step.move, step.move.id)}; the qualifying arrival date is ${step.qad}.`;
    case 'child-to-join':
      return `${name(step.child)} moved from ${plainPlace(step.move.from, 'en')} to ${plainPlace(step.move.to, 'en')} on ${step.move.date} to join ${name(step.worker)} (${plainMoveEn(words, step.worker, words.move(step.workerMove), step.workerMove)}), ${plural(step.months, 'month', 'months')} later${step.limit === null ? '' : ` (at most ${step.limit})`}: the qualifying arrival date is ${step.qad}.`;
    case 'child-precede':
      return `${name(step.child)} moved from ${plainPlace(step.move.from, 'en')} to ${plainPlace(step.move.to, 'en')} on ${step.move.date} ahead of ${name(step.worker)}, who came ${plural(step.months, 'month', 'months')} later${step.limit === null ? '' : ` (at most ${step.limit})`}: the qualifying arrival date is ${step.qad}, the day both were there.`;
    case 'pairing-fails': {
      const move = words.move(step.move);
      const where = move
        ? ` from ${plainPlace(move.from, 'en')} to ${plainPlace(move.to, 'en')} on ${move.date}`
        : '';
      return `${possessive(name(step.child))} move${where} (${ENGLISH_RELATION[step.relation] ?? step.relation} ${name(step.worker)}) does not qualify: ${reasonsInWords(step.failures, 'en')}.`;
    }
    case 'no-qualifying-move':
      return `${name(step.child)} has no qualifying move.`;
    case 'eligible-through':
      return english(step);
    case 'not-eligible':
      return `Not eligible on ${step.interviewDate}: ${reasonsInWords(step.reasons, 'en')}.${step.end ? ` Eligibility ended ${step.end}.` : ''}`;
  }
}

const SPANISH_PLAIN_RELATION: Record<string, string> = {
  parent: 'hijo o hija de',
  guardian: 'bajo la tutela de',
  spouse: 'cónyuge de',
  other: 'con',
  ...SPANISH_RELATION,
};

function plainSpanish(step: TraceStep, words: TraceWords): string {
  const name = (id: string) => words.person(id);
  switch (step.kind) {
    case 'worker-engaged':
      return `${capitalize(plainMoveEs(words, step.worker, step.move, step.move.id))} es una mudanza calificada: el ${workInWords(step.work, 'es')} empezó ${plural(step.days, 'día', 'días')} después, así que ${name(step.worker)} es trabajador migratorio hasta el ${step.migratoryUntil}.`;
    case 'worker-history':
      return `${capitalize(plainMoveEs(words, step.worker, step.move, step.move.id))} es una mudanza calificada: ${name(step.worker)} buscó ${workInWords(step.work, 'es')} y tiene ${plural(step.historyMoves, 'mudanza calificada reciente', 'mudanzas calificadas recientes')}, así que es trabajador migratorio hasta el ${step.migratoryUntil}.`;
    case 'worker-sqm':
      return `${capitalize(plainMoveEs(words, step.worker, step.move, step.move.id))} es una mudanza calificada subsiguiente: ocurrió dentro de 36 meses de ${plainMoveEs(words, step.worker, words.move(step.establishingMove), step.establishingMove)}.`;
    case 'child-with':
      return `${name(step.child)} se mudó con ${name(step.worker)} de ${plainPlace(step.move.from, 'es')} a ${plainPlace(step.move.to, 'es')} el ${step.move.date}: la fecha de llegada calificada es el ${step.qad}.`;
    case 'child-as-worker':
      return `${name(step.child)} es el trabajador: ${plainMoveEs(words, step.child, step.move, step.move.id)}; la fecha de llegada calificada es el ${step.qad}.`;
    case 'child-to-join':
      return `${name(step.child)} se mudó de ${plainPlace(step.move.from, 'es')} a ${plainPlace(step.move.to, 'es')} el ${step.move.date} para reunirse con ${name(step.worker)} (${plainMoveEs(words, step.worker, words.move(step.workerMove), step.workerMove)}), ${plural(step.months, 'mes', 'meses')} después${step.limit === null ? '' : ` (como máximo ${step.limit})`}: la fecha de llegada calificada es el ${step.qad}.`;
    case 'child-precede':
      return `${name(step.child)} se mudó de ${plainPlace(step.move.from, 'es')} a ${plainPlace(step.move.to, 'es')} el ${step.move.date} antes que ${name(step.worker)}, quien llegó ${plural(step.months, 'mes', 'meses')} después${step.limit === null ? '' : ` (como máximo ${step.limit})`}: la fecha de llegada calificada es el ${step.qad}, el día en que ambos estaban allí.`;
    case 'pairing-fails': {
      const move = words.move(step.move);
      const where = move
        ? ` de ${plainPlace(move.from, 'es')} a ${plainPlace(move.to, 'es')} el ${move.date}`
        : '';
      return `La mudanza de ${name(step.child)}${where} (${SPANISH_PLAIN_RELATION[step.relation] ?? step.relation} ${name(step.worker)}) no califica: ${reasonsInWords(step.failures, 'es')}.`;
    }
    case 'no-qualifying-move':
      return `${name(step.child)} no tiene ninguna mudanza calificada.`;
    case 'eligible-through':
      return spanish(step);
    case 'not-eligible':
      return `No elegible el ${step.interviewDate}: ${reasonsInWords(step.reasons, 'es')}.${step.end ? ` La elegibilidad terminó el ${step.end}.` : ''}`;
  }
}

/**
 * The trace written out in `language`: as the contract writes it (ids), or, given the
 * interview's `words`, in plain words naming people and places.
 */
export function renderTrace(
  steps: readonly TraceStep[],
  language: TraceLanguage = 'en',
  words?: TraceWords,
): string[] {
  const render = words
    ? (step: TraceStep) => (language === 'es' ? plainSpanish(step, words) : plainEnglish(step, words))
    : language === 'es'
      ? spanish
      : english;
  const lines: string[] = [];
  for (const step of steps) lines.push(render(step));
  return lines;
}
