import { describe, expect, it } from 'vitest';
import { auditVerbOf } from './audit-verb';

describe('the verb of an audit sentence (AU1.2)', () => {
  it.each([
    ['a create', { action: 'create', entityType: 'family', before: null, after: {} }, 'created'],
    ['a delete', { action: 'delete', entityType: 'enrollment', before: {}, after: null }, 'deleted'],
    [
      'a COE approved',
      { action: 'update', entityType: 'coe', before: { status: 'submitted' }, after: { status: 'approved' } },
      'approved',
    ],
    [
      'a COE returned',
      { action: 'update', entityType: 'coe', before: { status: 'submitted' }, after: { status: 'returned' } },
      'returned',
    ],
    [
      'a COE submitted',
      { action: 'update', entityType: 'coe', before: null, after: { status: 'submitted' } },
      'submitted',
    ],
    [
      'a COE signed (no status change)',
      { action: 'update', entityType: 'coe', before: null, after: { signature: 'drawn' } },
      'changed',
    ],
    [
      'a status of another kind',
      { action: 'update', entityType: 'service', before: { status: 'a' }, after: { status: 'approved' } },
      'changed',
    ],
    [
      'an account deactivated',
      { action: 'update', entityType: 'user', before: { isActive: true }, after: { isActive: false } },
      'deactivated',
    ],
    [
      'an account reactivated',
      { action: 'update', entityType: 'user', before: { isActive: false }, after: { isActive: true } },
      'reactivated',
    ],
    [
      'an account renamed',
      { action: 'update', entityType: 'user', before: { isActive: true }, after: { isActive: true } },
      'changed',
    ],
    [
      'a password reset',
      { action: 'update', entityType: 'user', before: {}, after: { passwordReset: true } },
      'passwordReset',
    ],
  ] as const)('%s', (_case, event, verb) => {
    expect(auditVerbOf(event)).toBe(verb);
  });
});
