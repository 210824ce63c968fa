import { describe, expect, it } from 'vitest';
import { DomainError } from '../common/domain-error';
import { assertCanReview, assertCanSubmit, canTakeCoeAction, COE_STATUSES } from './coe-workflow';

const ready = {
  status: 'draft' as const,
  eligibleChildCount: 1,
  isSigned: true,
  residencyDate: '2019-08-01',
  qualifyingWork: 'picking cherries',
};

describe('COE workflow', () => {
  it.each([
    ['draft', 'edit', true],
    ['draft', 'submit', true],
    ['draft', 'approve', false],
    ['submitted', 'edit', false],
    ['submitted', 'approve', true],
    ['submitted', 'return', true],
    ['returned', 'edit', true],
    ['returned', 'submit', true],
    ['returned', 'approve', false],
    ['approved', 'edit', false],
    ['approved', 'submit', false],
    ['approved', 'return', false],
  ] as const)('a %s COE can %s: %s', (status, action, expected) => {
    expect(canTakeCoeAction(status, action)).toBe(expected);
  });
  it('an approved COE takes no action at all', () => {
    expect(
      ['edit', 'submit', 'approve', 'return'].some((a) => canTakeCoeAction('approved', a as never)),
    ).toBe(false);
    expect(COE_STATUSES).toContain('approved');
  });
  it('submission names every missing piece', () => {
    try {
      assertCanSubmit({
        ...ready,
        eligibleChildCount: 0,
        isSigned: false,
        residencyDate: null,
        qualifyingWork: ' ',
      });
      expect.unreachable();
    } catch (error) {
      expect((error as DomainError).problems.map((p) => p.field)).toEqual([
        'children',
        'signature',
        'residencyDate',
        'qualifyingWork',
      ]);
    }
    expect(() => assertCanSubmit(ready)).not.toThrow();
  });
  it('a reviewer never approves their own COE, and a return needs comments', () => {
    expect(() =>
      assertCanReview(
        { status: 'submitted', recruiterId: 'u1' },
        { reviewerId: 'u1', decision: 'approve', comments: '' },
      ),
    ).toThrow(/another designated reviewer/);
    expect(() =>
      assertCanReview(
        { status: 'submitted', recruiterId: 'u1' },
        { reviewerId: 'u2', decision: 'return', comments: '' },
      ),
    ).toThrow(/comments/);
    expect(() =>
      assertCanReview(
        { status: 'submitted', recruiterId: 'u1' },
        { reviewerId: 'u2', decision: 'approve', comments: '' },
      ),
    ).not.toThrow();
    expect(() =>
      assertCanReview(
        { status: 'draft', recruiterId: 'u1' },
        { reviewerId: 'u2', decision: 'approve', comments: '' },
      ),
    ).toThrow(/cannot be reviewed/);
  });
});
