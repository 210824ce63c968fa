import type { UseCaseContext } from '../context';
import type { CoeRecord } from './coe-record';
import { loadReadableCoe } from './load-coe';
import { presentCoe } from './present-coe';

/** A COE with its children, reviews, quality warnings and what the actor may do with it. */
export async function getCoe(ctx: UseCaseContext, id: string): Promise<CoeRecord> {
  return presentCoe(ctx, await loadReadableCoe(ctx, ctx.db, id));
}
