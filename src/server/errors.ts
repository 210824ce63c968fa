import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, type DomainErrorCode, type FieldProblem } from '../core/common/domain-error';
import { DATE_YEARS_MESSAGE, DATE_YEARS_PATTERN } from './input-guard';

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

/** What a person reads for one schema failure: formats and patterns in words, not in regex. */
function messageOf(keyword: string, params: Record<string, unknown>, fallback: string | undefined): string {
  if (keyword === 'required') return 'is required';
  if (keyword === 'pattern' && params.pattern === DATE_YEARS_PATTERN) return DATE_YEARS_MESSAGE;
  if (keyword === 'format') {
    if (params.format === 'date') return 'must be a date written YYYY-MM-DD';
    if (params.format === 'date-time') return 'must be a date and time (ISO 8601)';
    if (params.format === 'uuid') return 'must be an id as Ciclo writes it (a UUID)';
    if (params.format === 'email') return 'must be an e-mail address';
  }
  if (keyword === 'maximum') return `must be at most ${String(params.limit)}`;
  if (keyword === 'minimum') return `must be at least ${String(params.limit)}`;
  return fallback ?? 'is invalid';
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
      const message = messageOf(issue.keyword, params, issue.message);
      problems.set(`${field}\u0000${message}`, { field, message });
    }
  }
  return [...problems.values()];
}

/**
 * The one error handler: domain errors by code, schema failures as 400 with every field
 * named, malformed bodies as 400, and anything unexpected as a 500 whose details stay in
 * the log (never personal data in a reply).
 */
export function handleError(
  error: FastifyError | DomainError | Error,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  if (error instanceof DomainError) {
    const body: ErrorReplyBody = { error: { id: error.code, message: error.message } };
    if (error.problems.length > 0) body.error.problems = error.problems;
    void reply.status(STATUS_BY_CODE[error.code]).send(body);
    return;
  }
  const fastifyError = error as FastifyError;
  if (fastifyError.validation) {
    const problems = problemsOfValidation(fastifyError);
    const message = problems.map((p) => `${p.field}: ${p.message}`).join('; ');
    void reply
      .status(400)
      .send({ error: { id: 'invalid_input', message, problems } } satisfies ErrorReplyBody);
    return;
  }
  const status = fastifyError.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    const message =
      error instanceof SyntaxError ? `body: is not valid JSON (${error.message})` : error.message;
    void reply.status(status).send({
      error: { id: fastifyError.code?.toLowerCase() ?? 'bad_request', message },
    } satisfies ErrorReplyBody);
    return;
  }
  const databaseReply = replyForDatabaseError(error);
  if (databaseReply) {
    request.log.warn({ error: loggableError(error) }, 'database refused a value');
    void reply.status(databaseReply.status).send(databaseReply.body);
    return;
  }
  request.log.error({ error: loggableError(error) }, 'unexpected error');
  void reply
    .status(500)
    .send({ error: { id: 'internal', message: 'Something went wrong on our side. It was logged.' } });
}
