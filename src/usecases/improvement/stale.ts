import { DomainError } from '../../core/common/domain-error';

/**
 * The 409 of a change made to a version someone else changed first; `message` names the record
 * in words of its own, so the Spanish names it too.
 */
export function staleVersion(message: string): DomainError {
  return new DomainError('conflict', message, [{ field: 'version', message: 'is not the latest' }]);
}
