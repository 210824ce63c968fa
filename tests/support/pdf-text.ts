import { inflateSync } from 'node:zlib';

/**
 * What a pdfkit PDF says, read back for assertions. The fonts are embedded subsets, so the
 * content streams hold glyph ids; each font's ToUnicode map turns them back into text.
 */
export type PdfText = {
  /** The text of every `TJ` run, one line per run. */
  text: string;
  /** The embedded fonts' names without their subset prefix, e.g. `NotoSansSC-Regular`. */
  fonts: string[];
  /** How many glyphs were written with glyph 0 (a character no font had). */
  missingGlyphs: number;
};

export function readPdf(pdf: Buffer): PdfText {
  const raw = pdf.toString('latin1');
  const objects = new Map<string, { dict: string; stream: string | null }>();
  for (const match of raw.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = match[2]!;
    const streamAt = body.search(/stream\r?\n/);
    let stream: string | null = null;
    if (streamAt >= 0) {
      const start = match.index + match[0].indexOf(body) + body.indexOf('\n', streamAt) + 1;
      const bytes = pdf.subarray(start, raw.indexOf('endstream', start));
      try {
        stream = inflateSync(bytes).toString('latin1');
      } catch {
        stream = null; // not compressed (an image, a font file)
      }
    }
    objects.set(match[1]!, { dict: streamAt >= 0 ? body.slice(0, streamAt) : body, stream });
  }

  const fonts: string[] = [];
  const unicodeOfFont = new Map<string, Map<number, string>>();
  for (const { dict } of objects.values()) {
    for (const resources of dict.matchAll(/\/Font\s*<<([^>]*)>>/g))
      for (const [, name, ref] of resources[1]!.matchAll(/\/(\w+)\s+(\d+) 0 R/g)) {
        const font = objects.get(ref!)?.dict ?? '';
        const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(font)?.[1];
        unicodeOfFont.set(name!, cmapOf(toUnicode ? (objects.get(toUnicode)?.stream ?? '') : ''));
      }
    const baseFont = /\/Type \/Font[\s\S]*\/BaseFont \/(?:[A-Z]{6}\+)?([\w-]+)/.exec(dict)?.[1];
    if (baseFont && !fonts.includes(baseFont)) fonts.push(baseFont);
  }

  const lines: string[] = [];
  let missingGlyphs = 0;
  for (const { stream } of objects.values()) {
    if (!stream) continue;
    let unicode = new Map<number, string>();
    for (const op of stream.matchAll(/\/(\w+) [\d.]+ Tf|\[([^\]]*)\]\s*TJ/g)) {
      if (op[1]) {
        unicode = unicodeOfFont.get(op[1]) ?? new Map();
        continue;
      }
      let line = '';
      for (const hex of op[2]!.matchAll(/<([0-9a-fA-F]*)>/g))
        for (let i = 0; i < hex[1]!.length; i += 4) {
          const glyph = parseInt(hex[1]!.slice(i, i + 4), 16);
          if (glyph === 0) missingGlyphs++;
          line += unicode.get(glyph) ?? '\uFFFD';
        }
      lines.push(line);
    }
  }
  return { text: lines.join('\n'), fonts, missingGlyphs };
}

/** A ToUnicode CMap's `bfrange` and `bfchar` entries, glyph id → text. */
function cmapOf(cmap: string): Map<number, string> {
  const unicode = new Map<number, string>();
  const textOf = (hex: string) => Buffer.from(hex, 'hex').swap16().toString('utf16le');
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const [, from, to, target] of block[1]!.matchAll(/<(\w+)>\s*<(\w+)>\s*(\[[^\]]*\]|<\w+>)/g)) {
      const first = parseInt(from!, 16);
      const last = parseInt(to!, 16);
      const targets = [...target!.matchAll(/<([\w\s]*)>/g)].map((m) => m[1]!.replace(/\s/g, ''));
      for (let glyph = first; glyph <= last; glyph++) {
        if (target!.startsWith('[')) unicode.set(glyph, textOf(targets[glyph - first] ?? ''));
        else {
          const base = Buffer.from(targets[0]!, 'hex');
          base.writeUInt16BE(base.readUInt16BE(base.length - 2) + glyph - first, base.length - 2);
          unicode.set(glyph, textOf(base.toString('hex')));
        }
      }
    }
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const [, glyph, target] of block[1]!.matchAll(/<(\w+)>\s*<(\w+)>/g))
      unicode.set(parseInt(glyph!, 16), textOf(target!));
  return unicode;
}
