import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, type DomainErrorCode, type FieldProblem } from '../core/common/domain-error';
import { DATE_YEARS_MESSAGE, DATE_YEARS_PATTERN } from './input-guard';
import { joinProblems, languageOfRequest, translateError } from './messages/translate';

/** Domain error codes → HTTP status, in one table (STYLE §5). */
const STATUS_BY_CODE: Record<DomainErrorCode, number> = {
  invalid_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  locked: 423,
};

export interface ErrorReplyBody {
  error: { id: string; message: string; problems?: FieldProblem[] };
}

/** `/birthDate` or `/children/0/name` → `birthDate`, `children[0].name`. */
function fieldOf(instancePath: string, missingProperty?: unknown): string {
  const parts = instancePath.split('/').filter(Boolean);
  if (typeof missingProperty === 'string') parts.push(missingProperty);
  return parts.reduce(
    (path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part),
    '',
  );
}

/** A JSON type in words: `string` → text. */
const TYPE_WORDS: Record<string, string> = {
  string: 'must be text',
  integer: 'must be a whole number',
  number: 'must be a number',
  boolean: 'must be true or false',
  array: 'must be a list',
  object: 'must be a set of fields',
  null: 'must be empty',
};

/** What a person reads for one schema failure: formats and patterns in words, never a regex. */
function messageOf(keyword: string, params: Record<string, unknown>): string {
  const limit = String(params.limit);
  switch (keyword) {
    case 'required':
      return 'is required';
    case 'pattern':
      return params.pattern === DATE_YEARS_PATTERN
        ? DATE_YEARS_MESSAGE
        : 'is not written the way it should be';
    case 'format':
      if (params.format === 'date') return 'must be a date written YYYY-MM-DD';
      if (params.format === 'date-time') return 'must be a date and time (ISO 8601)';
      if (params.format === 'uuid') return 'must be an id as Ciclo writes it (a UUID)';
      if (params.format === 'email') return 'must be an e-mail address';
      return 'is not written the way it should be';
    case 'maximum':
      return `must be at most ${limit}`;
    case 'minimum':
      return `must be at least ${limit}`;
    case 'exclusiveMaximum':
      return `must be less than ${limit}`;
    case 'exclusiveMinimum':
      return `must be more than ${limit}`;
    case 'maxLength':
      return `must be at most ${limit} characters long`;
    case 'minLength':
      return params.limit === 1 ? 'must not be empty' : `must be at least ${limit} characters long`;
    case 'maxItems':
      return `must hold at most ${limit} items`;
    case 'minItems':
      return params.limit === 1 ? 'must hold at least one item' : `must hold at least ${limit} items`;
    case 'maxProperties':
      return `must hold at most ${limit} fields`;
    case 'minProperties':
      return `must hold at least ${limit} fields`;
    case 'uniqueItems':
      return 'must not list the same item twice';
    case 'multipleOf':
      return `must be a multiple of ${String(params.multipleOf)}`;
    case 'type':
      return TYPE_WORDS[String(params.type).split(',')[0] ?? ''] ?? 'is of the wrong kind';
    case 'enum':
      return `must be one of ${(params.allowedValues as unknown[]).map((value) => JSON.stringify(value)).join(', ')}`;
    default:
      return 'is invalid';
  }
}

/**
 * A database error an input can still cause after validation (a value PostgreSQL cannot
 * store, two writes of one natural key at once) as a reply, or undefined for a real fault.
 * See PostgreSQL's "Appendix A. Error Codes": class 22 is "data exception".
 */
function replyForDatabaseError(error: unknown): { status: number; body: ErrorReplyBody } | undefined {
  const code = (error as { code?: unknown }).code;
  if (!isSqlState(code)) return undefined;
  if (code.startsWith('22'))
    return {
      status: 400,
      body: {
        error: {
          id: 'invalid_input',
          message: 'A value is not one Ciclo can store; check the fields and try again.',
        },
      },
    };
  if (code === '23503') {
    const field = fieldOfForeignKey(error as { table?: unknown; constraint?: unknown });
    const message = 'refers to a record that does not exist';
    return {
      status: 400,
      body: {
        error: { id: 'invalid_input', message: `${field}: ${message}`, problems: [{ field, message }] },
      },
    };
  }
  if (code === '23505')
    return { status: 409, body: { error: { id: 'conflict', message: 'This record already exists.' } } };
  if (code === '40001' || code === '40P01')
    return {
      status: 409,
      body: {
        error: {
          id: 'conflict',
          message: 'Someone else changed this at the same moment; reload it and try again.',
        },
      },
    };
  return undefined;
}

/** `families_region_id_fkey` of table `families` → `regionId`, the field as the API names it. */
function fieldOfForeignKey(error: { table?: unknown; constraint?: unknown }): string {
  const { table, constraint } = error;
  if (typeof table !== 'string' || typeof constraint !== 'string') return 'body';
  const column = constraint.replace(`${table}_`, '').replace(/_fkey$/, '');
  return column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/**
 * What the log keeps of an unexpected error: never a query's parameters or a row (names,
 * phone numbers), which database drivers attach to their errors. PostgreSQL also quotes the
 * value it refused in its message ("invalid input syntax for type uuid: …"), so of a
 * database error only its code and where it arose are kept, never its message.
 */
function loggableError(error: Error): Record<string, unknown> {
  const { code, routine, table, column, constraint } = error as Error & Record<string, unknown>;
  const fromDatabase = isSqlState(code);
  const stackFrames = error.stack?.split('\n').filter((line) => line.trimStart().startsWith('at '));
  return {
    type: error.name,
    message: fromDatabase ? `database error ${code}` : error.message,
    stack: fromDatabase ? stackFrames?.join('\n') : error.stack,
    code,
    routine,
    table,
    column,
    constraint,
  };
}

/** Whether a value is a PostgreSQL error code (SQLSTATE: five digits or capitals). */
function isSqlState(code: unknown): code is string {
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code);
}

/**
 * Field problems from a schema validation failure, named the way a form names them. A value
 * outside a list of choices fails every choice (`const`) and then the list (`anyOf`): those
 * become one problem that names the choices.
 */
function problemsOfValidation(error: FastifyError): FieldProblem[] {
  const context = error.validationContext ?? 'body';
  const problems = new Map<string, FieldProblem>();
  const choices = new Map<string, unknown[]>();
  for (const issue of error.validation ?? []) {
    const params = issue.params as Record<string, unknown>;
    const field = fieldOf(issue.instancePath, params.missingProperty) || context;
    if (issue.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string') {
      const unknown = fieldOf(issue.instancePath, params.additionalProperty);
      problems.set(`${unknown}\u0000unknown`, { field: unknown, message: 'is not a known field' });
    } else if (issue.keyword === 'const') {
      const allowed = choices.get(field) ?? [];
      allowed.push(params.allowedValue);
      choices.set(field, allowed);
      problems.set(`${field}\u0000choices`, {
        field,
        message: `must be one of ${allowed.map((value) => JSON.stringify(value)).join(', ')}`,
      });
    } else if (!(issue.keyword === 'anyOf' && choices.has(field))) {
      const message = messageOf(issue.keyword, params);
      problems.set(`${field}\u0000${message}`, { field, message });
    }
  }
  return [...problems.values()];
}

/** A reply body in the language of the request (src/server/messages). */
function localized(body: ErrorReplyBody, request: FastifyRequest): ErrorReplyBody {
  const language = languageOfRequest(request.headers?.['accept-language']);
  const { id, message, problems } = body.error;
  return { error: { id, ...translateError(message, problems, language) } };
}

/**
 * The one error handler: domain errors by code, schema failures as 400 with every field
 * named, malformed bodies as 400, and anything unexpected as a 500 whose details stay in
 * the log (never personal data in a reply). Messages are in the language of the request.
 */
export function handleError(
  error: FastifyError | DomainError | Error,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  if (error instanceof DomainError) {
    const body: ErrorReplyBody = { error: { id: error.code, message: error.message } };
    if (error.problems.length > 0) body.error.problems = error.problems;
    void reply.status(STATUS_BY_CODE[error.code]).send(localized(body, request));
    return;
  }
  const fastifyError = error as FastifyError;
  if (fastifyError.validation) {
    const problems = problemsOfValidation(fastifyError);
    const message = joinProblems(problems);
    void reply.status(400).send(localized({ error: { id: 'invalid_input', message, problems } }, request));
    return;
  }
  const status = fastifyError.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    const id = fastifyError.code?.toLowerCase() ?? 'bad_request';
    const body: ErrorReplyBody =
      error instanceof SyntaxError
        ? {
            error: {
              id,
              message: 'body: is not valid JSON',
              problems: [{ field: 'body', message: 'is not valid JSON' }],
            },
          }
        : { error: { id, message: error.message } };
    void reply.status(status).send(localized(body, request));
    return;
  }
  const databaseReply = replyForDatabaseError(error);
  if (databaseReply) {
    request.log.warn({ error: loggableError(error) }, 'database refused a value');
    void reply.status(databaseReply.status).send(localized(databaseReply.body, request));
    return;
  }
  request.log.error({ error: loggableError(error) }, 'unexpected error');
  const body: ErrorReplyBody = {
    error: { id: 'internal', message: 'Something went wrong on our side. It was logged.' },
  };
  void reply.status(500).send(localized(body, request));
}
