import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';

/**
 * PDF text in any script a name may be written in. pdfkit's built-in Helvetica covers only
 * Latin-1, so "Γιώργος", "王小明" or "Đặng" would print as garbage. Every document therefore
 * embeds Noto Sans (Latin, Greek, Cyrillic, Vietnamese) and, for Chinese and Japanese
 * characters, Noto Sans SC — both SIL OFL, installed from npm, and subset by pdfkit so that
 * only the glyphs used are embedded.
 */

const FONT_FILES = {
  NotoSans: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  'NotoSans-Bold': '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  NotoSansSC: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  'NotoSansSC-Bold': '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
} as const;
type FontName = keyof typeof FONT_FILES;

const require = createRequire(import.meta.url);
const fontBytes = new Map<FontName, Buffer>();

/** Read once per process: the CJK files are 10 MB each. */
function bytesOf(font: FontName): Buffer {
  let bytes = fontBytes.get(font);
  if (!bytes) {
    bytes = readFileSync(require.resolve(FONT_FILES[font]));
    fontBytes.set(font, bytes);
  }
  return bytes;
}

/** Han, kana and the CJK punctuation and full-width forms that go with them. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;

export type TextRun = { text: string; font: FontName };

/**
 * The text cut where its script changes between the Latin-Greek-Cyrillic font and the CJK one.
 * Text is put in NFC first, so that a Vietnamese letter with its marks stays one glyph.
 */
export function runsOf(text: string, bold = false): TextRun[] {
  const latin: FontName = bold ? 'NotoSans-Bold' : 'NotoSans';
  const cjk: FontName = bold ? 'NotoSansSC-Bold' : 'NotoSansSC';
  const runs: TextRun[] = [];
  for (const char of text.normalize('NFC')) {
    const font = CJK.test(char) ? cjk : latin;
    const last = runs.at(-1);
    if (last?.font === font) last.text += char;
    else runs.push({ text: char, font });
  }
  return runs.length > 0 ? runs : [{ text: '', font: latin }];
}

/** A pdfkit document whose fonts cover every script `writeText` is given; Noto Sans to begin with. */
export function createPdfDocument(options: PDFKit.PDFDocumentOptions): PDFKit.PDFDocument {
  // The default font is named too, or pdfkit would load (and write into the file) Helvetica.
  const doc = new PDFDocument({ ...options, font: require.resolve(FONT_FILES.NotoSans) });
  for (const font of Object.keys(FONT_FILES) as FontName[]) doc.registerFont(font, bytesOf(font));
  return doc.font('NotoSans');
}

export type WriteTextOptions = PDFKit.Mixins.TextOptions & { bold?: boolean; x?: number; y?: number };

/**
 * Writes `text` like pdfkit's `doc.text`, in runs whose font covers their characters.
 * `x` and `y` place the text as `doc.text(text, x, y)` would; `continued` lets the next
 * `writeText` go on on the same line (e.g. a bold label followed by its value).
 */
export function writeText(
  doc: PDFKit.PDFDocument,
  text: string,
  options: WriteTextOptions = {},
): PDFKit.PDFDocument {
  const { bold = false, x, y, continued = false, ...textOptions } = options;
  const runs = runsOf(text, bold);
  runs.forEach((run, index) => {
    const runOptions = { ...textOptions, continued: index < runs.length - 1 || continued };
    doc.font(run.font);
    if (index === 0 && (x !== undefined || y !== undefined)) doc.text(run.text, x, y, runOptions);
    else doc.text(run.text, runOptions);
  });
  return doc;
}

/**
 * The height `writeText` will take for `text` within `options.width`. It is measured in one
 * font: the CJK one when the text has CJK characters, since they are the widest.
 */
export function heightOfText(doc: PDFKit.PDFDocument, text: string, options: WriteTextOptions = {}): number {
  const { bold = false, x: _x, y: _y, ...textOptions } = options;
  const runs = runsOf(text, bold);
  const widest = runs.find((run) => run.font.startsWith('NotoSansSC')) ?? runs[0]!;
  return doc.font(widest.font).heightOfString(text.normalize('NFC'), textOptions);
}
