const KNOWN_IN_REGION = /^known-in-region-(\d+)$/;

/**
 * The region where Ciclo knows a referral's child as a prior migrant, when that is another
 * region: the server says it as the match reason `known-in-region-<number>`, without linking
 * the child, whose record the referral's readers may not open.
 */
export function regionKnownIn(matchReasons: readonly string[]): number | null {
  for (const reason of matchReasons) {
    const match = KNOWN_IN_REGION.exec(reason);
    if (match) return Number(match[1]);
  }
  return null;
}
