import { describe, expect, it } from 'vitest';
import { DOCUMENT_LIMITS, checkDocument } from './document-rules';

const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]);
const text = new TextEncoder().encode('hello');

describe('checkDocument (MN1.1)', () => {
  it.each([
    ['evidence.pdf', pdf, 'application/pdf'],
    ['EVIDENCE.PDF', pdf, 'application/pdf'],
    ['notes.txt', text, 'text/plain'],
    ['roster.csv', text, 'text/csv'],
    ['photo.jpg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), 'image/jpeg'],
  ])('accepts %s as %s', (name, content, type) => {
    expect(checkDocument('file', name, content)).toBe(type);
  });

  it.each([
    ['program.exe', text, /not a PDF, image/],
    ['no-extension', text, /not a PDF, image/],
    ['fake.pdf', text, /does not hold what its extension says/],
    ['empty.txt', new Uint8Array(), /is empty/],
    ['', text, /file name of 1 to/],
    ['big.txt', new Uint8Array(DOCUMENT_LIMITS.bytes + 1), /larger than 10 MB/],
  ])('refuses %s naming the field', (name, content, message) => {
    expect(() => checkDocument('file', name, content)).toThrow(message);
    try {
      checkDocument('file', name, content);
    } catch (error) {
      expect((error as { problems: { field: string }[] }).problems[0]!.field).toBe('file');
    }
  });
});
