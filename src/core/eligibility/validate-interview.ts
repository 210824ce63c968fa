/**
 * Input validation of an interview (RULES "Input validation", FORMAT "Rejected input"):
 * the shape of the contract's schema, then the facts that cannot be true together. Each
 * rejection is a DomainError naming the field, e.g. `moves[2].to.schoolDistrict`.
 */
import type { TSchema } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { Value } from '@sinclair/typebox/value';
import { isCalendarDate } from '../common/calendar-date';
import { DomainError } from '../common/domain-error';
import {
  DATE_PATTERN,
  ID_PATTERN,
  InterviewSchema,
  type Interview,
  type InterviewPlace,
} from './interview-schema';

/**
 * A schema's checker: compiled to code where the runtime allows it (the server), else the
 * same checks interpreted (a browser page whose content security policy forbids making code,
 * where the recruiter's device determines eligibility offline).
 */
function checkerOf(schema: TSchema) {
  try {
    return TypeCompiler.Compile(schema);
  } catch {
    return {
      Check: (value: unknown) => Value.Check(schema, value),
      Errors: (value: unknown) => Value.Errors(schema, value),
    };
  }
}

/** The contract's schema in full: the first error it finds names the field of a rejection. */
const checkShape = checkerOf(InterviewSchema);

/**
 * The same schema without its date and id patterns, most of its cost in the engine's
 * benchmark: every date is checked afterwards as a calendar date (which the pattern only
 * approximates), every declared id by the pattern, and every reference to an id by whether
 * that id was declared.
 */
const checkShapeQuickly = checkerOf(withoutPatterns(InterviewSchema, [DATE_PATTERN, ID_PATTERN]));

function withoutPatterns<T extends TSchema>(schema: T, patterns: readonly string[]): T {
  const copy = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(copy);
    if (typeof node !== 'object' || node === null) return node;
    const result: Record<PropertyKey, unknown> = {};
    for (const key of Reflect.ownKeys(node)) {
      const value = (node as Record<PropertyKey, unknown>)[key];
      if (key !== 'pattern' || !patterns.includes(value as string)) result[key] = copy(value);
    }
    return result;
  };
  return copy(schema) as T;
}

/** `/moves/2/to` → `moves[2].to` */
function fieldOf(pointer: string): string {
  return pointer
    .split('/')
    .filter(Boolean)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce(
      (field, part) => (/^\d+$/.test(part) ? `${field}[${part}]` : field ? `${field}.${part}` : part),
      '',
    );
}

function notACalendarDate(value: unknown): string {
  return `must be a calendar date YYYY-MM-DD (got ${JSON.stringify(value)})`;
}

function reject(field: string, reason: string): never {
  throw DomainError.invalidField(field || 'interview', reason);
}

function describeShapeError(input: unknown): never {
  const error = checkShape.Errors(input).First();
  if (!error) reject('interview', 'is not a valid interview');
  const field = fieldOf(error.path);
  const schema = error.schema as { pattern?: string; anyOf?: Array<{ const?: unknown }> };
  if (error.value === undefined) reject(field, 'is required');
  if (schema.pattern === DATE_PATTERN) reject(field, notACalendarDate(error.value));
  if (schema.anyOf?.every((option) => 'const' in option)) {
    reject(field, `must be one of ${schema.anyOf.map((option) => JSON.stringify(option.const)).join(', ')}`);
  }
  const unknownProperty = /^Unexpected property/.test(error.message);
  if (unknownProperty) reject(field, 'is not a field of the interview');
  reject(field, error.message.charAt(0).toLowerCase() + error.message.slice(1));
}

/** Reject `date` unless it is a calendar date on or before the interview; `field` is built only then. */
function checkDate(date: string, interviewDate: string, field: string, i = 0, j = 0): void {
  if (!isCalendarDate(date)) reject(fieldName(field, i, j), notACalendarDate(date));
  if (date > interviewDate)
    reject(fieldName(field, i, j), `${date} is after the interview date ${interviewDate}`);
}

/** Every date-valued field of the interview. Field names are patterns, filled in only on a rejection. */
function checkDates(interview: Interview): void {
  const day = interview.interviewDate;
  if (!isCalendarDate(day)) reject('interviewDate', notACalendarDate(day));
  const workers = interview.workers ?? [];
  for (let i = 0; i < workers.length; i++) {
    const priors = workers[i]!.priorQualifyingMoves ?? [];
    for (let j = 0; j < priors.length; j++)
      checkDate(priors[j]!.date, day, 'workers[{i}].priorQualifyingMoves[{j}].date', i, j);
  }
  for (let i = 0; i < interview.children.length; i++) {
    const child = interview.children[i]!;
    checkDate(child.birthDate, day, 'children[{i}].birthDate', i);
    if (child.completion) checkDate(child.completion.date, day, 'children[{i}].completion.date', i);
    if (child.priorQad) checkDate(child.priorQad, day, 'children[{i}].priorQad', i);
    const priors = child.priorQualifyingMoves ?? [];
    for (let j = 0; j < priors.length; j++)
      checkDate(priors[j]!.date, day, 'children[{i}].priorQualifyingMoves[{j}].date', i, j);
  }
  for (let i = 0; i < interview.moves.length; i++) {
    const move = interview.moves[i]!;
    checkDate(move.date, day, 'moves[{i}].date', i);
    const work = move.work ?? [];
    for (let j = 0; j < work.length; j++)
      if (work[j]!.startDate) checkDate(work[j]!.startDate!, day, 'moves[{i}].work[{j}].startDate', i, j);
  }
}

function fieldName(pattern: string, i: number, j: number): string {
  return pattern.replace('{i}', String(i)).replace('{j}', String(j));
}

function checkPlace(place: InterviewPlace, moveIndex: number, side: 'from' | 'to'): void {
  if ((place.country ?? 'US') === 'US' && place.schoolDistrict === undefined)
    reject(`moves[${moveIndex}].${side}.schoolDistrict`, 'is required for a place in the United States');
}

const isLetterOrDigit = (code: number): boolean =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const UNDERSCORE = 95;
const DOT = 46;
const HYPHEN = 45;

/** The contract's ID_PATTERN, tested character by character (faster than the regular expression in the engine's benchmark). */
export function isInterviewId(text: string): boolean {
  if (text.length === 0 || text.length > 64 || !isLetterOrDigit(text.charCodeAt(0))) return false;
  for (let i = 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isLetterOrDigit(code) && code !== UNDERSCORE && code !== DOT && code !== HYPHEN) return false;
  }
  return true;
}

function checkId(id: string, field: string, index: number): void {
  if (!isInterviewId(id))
    reject(
      `${field}[${index}].id`,
      `must be 1–64 letters, digits, '_', '.' or '-', starting with a letter or digit (got ${JSON.stringify(id)})`,
    );
}

/**
 * The people of the interview: ids in one array, workers first, then children, then other
 * members (families are small: a scan beats building maps). `workerIds` are the interview's
 * workers and the children who are their own worker.
 */
interface People {
  ids: string[];
  workerIds: string[];
  /** Where the children start in `ids`. */
  firstChild: number;
}

function addIds(people: People, list: ReadonlyArray<{ id: string }>, field: string): void {
  for (let i = 0; i < list.length; i++) {
    const id = list[i]!.id;
    checkId(id, field, i);
    if (people.ids.includes(id)) reject(`${field}[${i}].id`, `id "${id}" is used twice`);
    people.ids.push(id);
  }
}

function peopleOf(interview: Interview): People {
  const workers = interview.workers ?? [];
  const people: People = { ids: [], workerIds: [], firstChild: workers.length };
  addIds(people, workers, 'workers');
  addIds(people, interview.children, 'children');
  addIds(people, interview.otherMembers ?? [], 'otherMembers');
  for (const worker of workers) people.workerIds.push(worker.id);
  for (const child of interview.children) if (child.isWorker) people.workerIds.push(child.id);
  return people;
}

/** The child at `index` of the people list, if a child is there (an index outside an array is slow to read). */
function childAt(
  interview: Interview,
  people: People,
  index: number,
): Interview['children'][number] | undefined {
  const childIndex = index - people.firstChild;
  return childIndex >= 0 && childIndex < interview.children.length
    ? interview.children[childIndex]
    : undefined;
}

function childOf(
  interview: Interview,
  people: People,
  id: string,
): Interview['children'][number] | undefined {
  return childAt(interview, people, people.ids.indexOf(id));
}

function moveOf(interview: Interview, id: string): Interview['moves'][number] | undefined {
  for (const move of interview.moves) if (move.id === id) return move;
  return undefined;
}

/** Validate `input` against the contract and return it typed, or throw naming the field. */
export function validateInterview(input: unknown): Interview {
  if (!checkShapeQuickly.Check(input)) describeShapeError(input);
  const interview = input as Interview;

  checkDates(interview);
  const people = peopleOf(interview);

  for (let i = 0; i < interview.children.length; i++) {
    const relations = interview.children[i]!.workers ?? [];
    for (let j = 0; j < relations.length; j++) {
      if (!people.workerIds.includes(relations[j]!.worker))
        reject(
          `children[${i}].workers[${j}].worker`,
          `"${relations[j]!.worker}" is not a worker of this interview`,
        );
    }
  }

  for (let i = 0; i < interview.moves.length; i++) {
    const id = interview.moves[i]!.id;
    checkId(id, 'moves', i);
    for (let k = 0; k < i; k++)
      if (interview.moves[k]!.id === id) reject(`moves[${i}].id`, `id "${id}" is used twice`);
  }

  // Field names are built only when a fact is rejected: a valid interview builds no strings.
  for (let i = 0; i < interview.moves.length; i++) {
    const move = interview.moves[i]!;
    checkPlace(move.from, i, 'from');
    checkPlace(move.to, i, 'to');
    for (let j = 0; j < move.movers.length; j++) {
      const mover = move.movers[j]!;
      const person = people.ids.indexOf(mover);
      if (person < 0) reject(`moves[${i}].movers[${j}]`, `"${mover}" is not a person of this interview`);
      if (move.movers.indexOf(mover) !== j) reject(`moves[${i}].movers[${j}]`, `"${mover}" is listed twice`);
      const child = childAt(interview, people, person);
      if (child && move.date < child.birthDate)
        reject(`moves[${i}].movers[${j}]`, `child "${mover}" was born ${child.birthDate}, after this move`);
    }
    const works = move.work ?? [];
    for (let j = 0; j < works.length; j++) {
      const work = works[j]!;
      if (!people.workerIds.includes(work.worker))
        reject(`moves[${i}].work[${j}].worker`, `"${work.worker}" is not a worker of this interview`);
      if (!move.movers.includes(work.worker))
        reject(`moves[${i}].work[${j}].worker`, `"${work.worker}" did not make move ${move.id}`);
      if (work.outcome === 'obtained' && (work.employment === undefined || work.startDate === undefined)) {
        reject(
          `moves[${i}].work[${j}].${work.employment === undefined ? 'employment' : 'startDate'}`,
          'is required for work obtained',
        );
      }
      if (work.outcome === 'sought' && work.sector === 'other')
        reject(`moves[${i}].work[${j}].sector`, 'sought work must be agricultural or fishing');
    }
    const links = move.links ?? [];
    for (let j = 0; j < links.length; j++) {
      const link = links[j]!;
      const child = childOf(interview, people, link.child);
      if (!child) reject(`moves[${i}].links[${j}].child`, `"${link.child}" is not a child of this interview`);
      if (!move.movers.includes(link.child))
        reject(`moves[${i}].links[${j}].child`, `"${link.child}" did not make move ${move.id}`);
      if (!people.workerIds.includes(link.worker))
        reject(`moves[${i}].links[${j}].worker`, `"${link.worker}" is not a worker of this interview`);
      if (!(child.workers ?? []).some((relation) => relation.worker === link.worker))
        reject(`moves[${i}].links[${j}].worker`, `"${link.worker}" is not related to child "${link.child}"`);
      if (move.movers.includes(link.worker))
        reject(
          `moves[${i}].links[${j}].worker`,
          `"${link.worker}" made move ${move.id} with the child: that is moving with, not ${link.type}`,
        );
      const workerMove = moveOf(interview, link.workerMove);
      if (!workerMove)
        reject(`moves[${i}].links[${j}].workerMove`, `"${link.workerMove}" is not a move of this interview`);
      if (!workerMove.movers.includes(link.worker))
        reject(`moves[${i}].links[${j}].workerMove`, `"${link.worker}" did not make move ${workerMove.id}`);
      if (link.type === 'to-join' && workerMove.date > move.date)
        reject(
          `moves[${i}].links[${j}].workerMove`,
          `to-join points to ${workerMove.id}, a later move of the worker`,
        );
      if (link.type === 'precede' && workerMove.date < move.date)
        reject(
          `moves[${i}].links[${j}].workerMove`,
          `precede points to ${workerMove.id}, an earlier move of the worker`,
        );
    }
  }
  return interview;
}
