import { describe, expect, it } from 'vitest';
import { EPC_CHECKLIST, checkLinks, checkVerification, epcProgress } from './epc';

describe('EPC verification (MN4)', () => {
  it.each([
    [
      'verified with every item found',
      { outcome: 'verified', checklist: [...EPC_CHECKLIST], comment: '' },
      null,
    ],
    [
      'verified with an item missing',
      { outcome: 'verified', checklist: ['attendance'], comment: 'ok' },
      'checklist',
    ],
    ['needs more with a comment', { outcome: 'needs_more', checklist: [], comment: 'No attendance.' }, null],
    ['needs more without a comment', { outcome: 'needs_more', checklist: [], comment: '  ' }, 'comment'],
  ] as const)('%s', (_name, input, field) => {
    if (field === null) expect(() => checkVerification(input)).not.toThrow();
    else
      expect(() => checkVerification(input)).toThrow(
        expect.objectContaining({ problems: [expect.objectContaining({ field })] }),
      );
  });

  it('takes only web addresses as links', () => {
    expect(() => checkLinks([{ label: 'Drive', url: 'https://example.org/folder' }])).not.toThrow();
    expect(() => checkLinks([{ label: 'x', url: 'javascript:alert(1)' }])).toThrow(/links\[0\].url/);
    expect(() => checkLinks([{ label: 'x', url: 'not a url' }])).toThrow(/links\[0\].url/);
  });

  it('counts progress', () => {
    expect(epcProgress(['pending', 'verified', 'verified', 'needs_more'])).toEqual({
      pending: 1,
      verified: 2,
      needs_more: 1,
      total: 4,
    });
  });
});
