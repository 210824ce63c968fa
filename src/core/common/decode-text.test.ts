import { describe, expect, it } from 'vitest';
import { decodeUtf8OrWindows1252 } from './decode-text';

describe('decodeUtf8OrWindows1252', () => {
  it('reads UTF-8 as UTF-8, accents and all', () => {
    expect(decodeUtf8OrWindows1252(new TextEncoder().encode('Cañon City Unified\tPeñasco'))).toBe(
      'Cañon City Unified\tPeñasco',
    );
  });

  it('reads bytes that are not UTF-8 as Windows-1252: ñ is 0xF1, a right quote 0x92', () => {
    const bytes = Uint8Array.from([0x43, 0x61, 0xf1, 0x6f, 0x6e, 0x20, 0x92, 0x32, 0x34]);
    expect(decodeUtf8OrWindows1252(bytes)).toBe('Cañon \u201924');
  });

  it('drops a UTF-8 byte order mark', () => {
    expect(decodeUtf8OrWindows1252(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]))).toBe('A');
  });

  it('gives every byte from 0x80 to 0xFF a character, Windows-1252 where it differs from ISO-8859-1', () => {
    const high = Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i);
    const text = decodeUtf8OrWindows1252(high);
    expect(text).toHaveLength(128);
    expect(text[0]).toBe('€');
    expect(text[0x9f - 0x80]).toBe('Ÿ');
    expect(text[0x81 - 0x80]).toBe('\u0081');
    expect(text.slice(0xa0 - 0x80)).toBe(new TextDecoder('latin1').decode(high.slice(0x20)));
  });
});
