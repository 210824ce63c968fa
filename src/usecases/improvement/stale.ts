import { DomainError } from '../../core/common/domain-error';

/** The 409 of a change made to a version someone else changed first. */
export function staleVersion(what: string): DomainError {
  return new DomainError('conflict', `Someone else changed this ${what} first; reload it and try again.`, [
    { field: 'version', message: 'is not the latest' },
  ]);
}
