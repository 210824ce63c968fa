import { DomainError } from '../../core/common/domain-error';
import type { UseCaseContext } from '../context';
import { loadReadableCoe } from './load-coe';
import { signatureImageBytes } from './render-coe-pdf';

/** The picture of a COE's drawn signature, for the reviewer to see (IR2.2); `not_found` when there is none. */
export async function getCoeSignature(ctx: UseCaseContext, id: string): Promise<Buffer> {
  const coe = await loadReadableCoe(ctx, ctx.db, id);
  const image = signatureImageBytes(coe.signature_image);
  if (!image) throw new DomainError('not_found', 'This COE has no drawn signature.');
  return image;
}
