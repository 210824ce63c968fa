import type { FastifyInstance } from 'fastify';
import { DomainError, type FieldProblem } from '../core/common/domain-error';

/**
 * Limits every route's input schema gets, so that a value the database cannot store is a
 * 400 naming the field instead of a database error (a 500): whole numbers fit PostgreSQL's
 * `integer`, and dates fall in years the program can mean (PostgreSQL has no year 0000,
 * and a day after 9999-12-31 cannot be computed).
 */
const LARGEST_INTEGER = 2_147_483_647;
export const DATE_YEARS_PATTERN = '^(1[89]|2[01])[0-9]{2}-';
export const DATE_YEARS_MESSAGE = 'must be a date between the years 1800 and 2199';

type SchemaNode = Record<string, unknown>;

/** Add the limits above to a schema and every schema inside it (idempotent). */
function boundSchema(node: unknown, seen = new WeakSet<object>()): void {
  if (typeof node !== 'object' || node === null || seen.has(node)) return;
  seen.add(node);
  const schema = node as SchemaNode;
  if (schema.type === 'integer' || schema.type === 'number') {
    schema.maximum ??= LARGEST_INTEGER;
    schema.minimum ??= -LARGEST_INTEGER;
  }
  if (schema.type === 'string' && (schema.format === 'date' || schema.format === 'date-time'))
    schema.pattern ??= DATE_YEARS_PATTERN;
  for (const value of Object.values(schema)) {
    if (Array.isArray(value)) for (const item of value) boundSchema(item, seen);
    else boundSchema(value, seen);
  }
}

/**
 * Whether a text holds a character PostgreSQL cannot store or that no keyboard types: a
 * NUL, or half of a UTF-16 surrogate pair.
 */
function unstorableCharacterIn(text: string): string | undefined {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0) return 'contains a NUL character, which cannot be stored';
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return 'contains half of a character (a lone surrogate), which cannot be stored';
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      return 'contains half of a character (a lone surrogate), which cannot be stored';
    }
  }
  return undefined;
}

/** Every text in a parsed input (keys included) that cannot be stored, by field. */
export function unstorableTextProblems(
  value: unknown,
  field: string,
  problems: FieldProblem[] = [],
): FieldProblem[] {
  if (typeof value === 'string') {
    const message = unstorableCharacterIn(value);
    if (message) problems.push({ field, message });
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => unstorableTextProblems(item, `${field}[${index}]`, problems));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const name = /^[\w-]*$/.test(key) ? (field ? `${field}.${key}` : key) : field || 'body';
      if (unstorableCharacterIn(key))
        problems.push({ field: name, message: 'has a field name that cannot be stored' });
      unstorableTextProblems(item, name, problems);
    }
  }
  return problems;
}

/** Apply the limits to every route's schemas, and refuse unstorable text before validation. */
export function registerInputGuard(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    const schema = route.schema as SchemaNode | undefined;
    if (!schema) return;
    for (const part of ['body', 'querystring', 'params'] as const) boundSchema(schema[part]);
  });
  app.addHook('preValidation', async (request) => {
    const problems = [
      ...unstorableTextProblems(request.params, ''),
      ...unstorableTextProblems(request.query, ''),
      ...unstorableTextProblems(request.body, ''),
    ];
    if (problems.length > 0)
      throw new DomainError(
        'invalid_input',
        problems.map((p) => `${p.field}: ${p.message}`).join('; '),
        problems,
      );
  });
}
