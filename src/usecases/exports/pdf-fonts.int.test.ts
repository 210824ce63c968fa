import { describe, expect, it } from 'vitest';
import { runsOf } from './pdf-fonts';

describe('runsOf', () => {
  it.each([
    ['Lucía Pérez Núñez', false, [{ text: 'Lucía Pérez Núñez', font: 'NotoSans' }]],
    ['Γιώργος Đặng', true, [{ text: 'Γιώργος Đặng', font: 'NotoSans-Bold' }]],
    [
      '王小明 (Wang)',
      false,
      [
        { text: '王小明', font: 'NotoSansSC' },
        { text: ' (Wang)', font: 'NotoSans' },
      ],
    ],
    [
      'Sato 佐藤ひなた',
      true,
      [
        { text: 'Sato ', font: 'NotoSans-Bold' },
        { text: '佐藤ひなた', font: 'NotoSansSC-Bold' },
      ],
    ],
    ['', false, [{ text: '', font: 'NotoSans' }]],
  ])('cuts %j where the script changes (bold: %s)', (text, bold, runs) => {
    expect(runsOf(text, bold)).toEqual(runs);
  });

  it('composes a Vietnamese letter typed with combining marks, so it stays one glyph', () => {
    expect(runsOf('Đa\u0323\u0306ng')).toEqual([{ text: 'Đặng', font: 'NotoSans' }]);
  });
});
