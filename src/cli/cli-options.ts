import { DomainError } from '../core/common/domain-error';
import type { Db } from '../data/db';
import { findRegionByNumber } from '../data/repositories/regions.repository';

/** Every row at once, as the `limit` of a listing: the CLI prints the whole list, not a page. */
export const ALL = Number.MAX_SAFE_INTEGER;

/**
 * The id of the region a `--region N` option names, undefined without the option; a bad-input
 * error naming `--region` when no region has that number.
 */
export async function regionIdOfOption(db: Db, number: string | undefined): Promise<string | undefined> {
  if (number === undefined) return undefined;
  const region = /^\d{1,9}$/.test(number) ? await findRegionByNumber(db, Number(number)) : undefined;
  if (!region) throw DomainError.invalidField('--region', `there is no region ${number}`);
  return region.id;
}
