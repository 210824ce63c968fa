/**
 * Stable error codes raised by the domain core and use cases. The server maps each code
 * to an HTTP status in one table (src/server/errors.ts); the CLI maps them to exit codes.
 */
export type DomainErrorCode =
  /** Input failed validation; `field` names what is wrong. */
  | 'invalid_input'
  /** The record does not exist, or the caller may not know that it exists. */
  | 'not_found'
  /** The caller is signed in but their role may not perform this action. */
  | 'forbidden'
  /** Not signed in, or the session has expired. */
  | 'unauthenticated'
  /** The change conflicts with existing data (a duplicate natural key, a stale version). */
  | 'conflict'
  /** Too many failed sign-ins: the account is locked for a while. */
  | 'locked';

export interface FieldProblem {
  field: string;
  message: string;
}

/** An error the user can act on, with a stable code and the field(s) at fault. */
export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly problems: FieldProblem[];

  constructor(code: DomainErrorCode, message: string, problems: FieldProblem[] = []) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.problems = problems;
  }

  /** An `invalid_input` error for one field, with the message `field: reason`. */
  static invalidField(field: string, reason: string): DomainError {
    return new DomainError('invalid_input', `${field}: ${reason}`, [{ field, message: reason }]);
  }
}
