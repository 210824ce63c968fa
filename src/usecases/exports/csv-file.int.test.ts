import { describe, expect, it } from 'vitest';
import { csvFile } from './csv-file';

describe('csvFile', () => {
  it('writes cells that a spreadsheet would run as formulas as text', () => {
    const text = csvFile(
      ['name', 'note'],
      [
        ['=HYPERLINK("http://evil","x")', '+SUM(A1)'],
        ['@cmd', '-2+3'],
        ['\t=1', 'plain'],
      ],
    ).toString('utf8');
    expect(text).toBe(
      '\uFEFFname,note\r\n' +
        `"'=HYPERLINK(""http://evil"",""x"")","'+SUM(A1)"\r\n` +
        `"'@cmd","'-2+3"\r\n` +
        `"'\t=1",plain\r\n`,
    );
  });

  it('leaves numbers, signed numbers and percentages as they are', () => {
    expect(csvFile(['n'], [[-3], ['-3'], ['+2.5%'], ['1,234'], [null]]).toString('utf8')).toBe(
      '\uFEFFn\r\n-3\r\n-3\r\n+2.5%\r\n"1,234"\r\n\r\n',
    );
  });
});
