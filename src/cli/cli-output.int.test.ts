import { describe, expect, it } from 'vitest';
import { textTable } from './cli-output';

describe('a table for the terminal', () => {
  it('sizes each column to its widest cell, numbers to the right, the named columns to the left', () => {
    expect(
      textTable(
        'MPO outcomes 2024-25: state',
        ['MPO', 'tested', 'status'],
        [
          ['1.0', '1,204', 'met'],
          ['10.0', '7', 'insufficient'],
        ],
        [0, 2],
      ),
    ).toBe(
      [
        'MPO outcomes 2024-25: state',
        'MPO   tested  status',
        '1.0    1,204  met',
        '10.0       7  insufficient',
      ].join('\n'),
    );
  });
});
