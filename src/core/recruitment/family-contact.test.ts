import { describe, expect, it } from 'vitest';
import { statusAfterContact } from './family-contact';

describe("a referral's status after a family contact", () => {
  it('stays open after an attempt that did not reach the family: the referral is not done', () => {
    for (const outcome of ['no-answer', 'left-message', 'wrong-number'] as const)
      expect(statusAfterContact(outcome, 'pending')).toBe('in-progress');
    expect(statusAfterContact('call-back-later', 'in-progress')).toBe('in-progress');
  });

  it('is done once the family is interviewed, or declines, is not eligible or moved away', () => {
    expect(statusAfterContact('interviewed', 'in-progress')).toBe('interviewed');
    expect(statusAfterContact('declined', 'pending')).toBe('closed');
    expect(statusAfterContact('not-eligible', 'pending')).toBe('closed');
    expect(statusAfterContact('moved-away', 'in-progress')).toBe('closed');
  });

  it('is not reopened by a follow-up attempt that did not reach the family', () => {
    expect(statusAfterContact('no-answer', 'interviewed')).toBe('interviewed');
    expect(statusAfterContact('left-message', 'closed')).toBe('closed');
  });
});
