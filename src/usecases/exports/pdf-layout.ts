import { createPdfDocument, writeText } from './pdf-fonts';

/** The bytes of the document `draw` writes (pdfkit streams them; this waits for its end). */
export function pdfBytes(
  options: PDFKit.PDFDocumentOptions,
  draw: (doc: PDFKit.PDFDocument) => void,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = createPdfDocument(options);
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    draw(doc);
    doc.end();
  });
}

/**
 * Table rows written from the left margin: each cell wraps within its column, a row is as tall
 * as its tallest cell, and a new page starts when a row or block would not fit.
 */
export function pdfRows(doc: PDFKit.PDFDocument, left: number) {
  const ensureRoom = (height: number) => {
    if (doc.y + height > doc.page.height - 60) doc.addPage();
  };
  const row = (cells: readonly string[], widths: readonly number[], bold = false) => {
    ensureRoom(16);
    const y = doc.y;
    let x = left;
    let height = 0;
    doc.fontSize(9);
    cells.forEach((cell, index) => {
      writeText(doc, cell, { bold, x, y, width: widths[index]! - 4 });
      height = Math.max(height, doc.y - y);
      x += widths[index]!;
    });
    doc.x = left;
    doc.y = y + height + 3;
  };
  return { ensureRoom, row };
}
