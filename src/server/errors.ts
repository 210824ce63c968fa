import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, type DomainErrorCode, type FieldProblem } from '../core/common/domain-error';

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
      const message = issue.keyword === 'required' ? 'is required' : (issue.message ?? 'is invalid');
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
  request.log.error({ err: error }, 'unexpected error');
  void reply
    .status(500)
    .send({ error: { id: 'internal', message: 'Something went wrong on our side. It was logged.' } });
}
