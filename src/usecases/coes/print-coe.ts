import type { UseCaseContext } from '../context';
import { loadReadableCoe } from './load-coe';
import { presentCoe } from './present-coe';
import { renderCoePdf, signatureImageBytes, type PdfLanguage } from './render-coe-pdf';

/** The printable COE as PDF bytes in English or Spanish, with the drawn signature if any. */
export async function printCoe(ctx: UseCaseContext, id: string, language: PdfLanguage): Promise<Buffer> {
  const coe = await loadReadableCoe(ctx, ctx.db, id);
  return renderCoePdf(await presentCoe(ctx, coe), language, signatureImageBytes(coe.signature_image));
}
