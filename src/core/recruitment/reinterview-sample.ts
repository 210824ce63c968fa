/**
 * Quality control by re-interview: the state draws a random sample of approved COEs in each
 * region, independent re-interviewers confirm each eligibility or find a discrepancy, and the
 * state reads the discrepancy rate with its confidence interval (the method of the federal
 * re-interviewing requirement, 34 CFR 200.89(b)(2)).
 */

/** A deterministic PRNG (mulberry32): the same seed always draws the same sample. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * Draw up to `perRegion` COEs from each region without replacement. Candidates are sorted by
 * id first so the draw depends only on the seed and the set of COEs, not on query order.
 */
export function drawReinterviewSample<T extends { id: string; regionId: string }>(
  candidates: readonly T[],
  perRegion: number,
  seed: number,
): T[] {
  const random = seededRandom(seed);
  const byRegion = new Map<string, T[]>();
  for (const candidate of [...candidates].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const list = byRegion.get(candidate.regionId) ?? [];
    list.push(candidate);
    byRegion.set(candidate.regionId, list);
  }
  const sample: T[] = [];
  for (const regionId of [...byRegion.keys()].sort()) {
    const pool = byRegion.get(regionId) ?? [];
    for (let i = pool.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
    }
    sample.push(...pool.slice(0, perRegion));
  }
  return sample;
}

export interface DiscrepancyRate {
  /** Re-interviews with a result. */
  completed: number;
  discrepancies: number;
  /** Discrepancies ÷ completed, 0–1; null when none is completed. */
  rate: number | null;
  /** 95% Wilson score interval of the rate; null when none is completed. */
  low: number | null;
  high: number | null;
}

/**
 * The discrepancy rate with its 95% Wilson score interval, which stays inside 0–1 and is
 * sound for the small samples and low rates re-interviewing produces (unlike p ± 1.96·SE).
 */
export function discrepancyRate(results: ReadonlyArray<'confirmed' | 'discrepancy'>): DiscrepancyRate {
  const completed = results.length;
  const discrepancies = results.filter((r) => r === 'discrepancy').length;
  if (completed === 0) return { completed, discrepancies, rate: null, low: null, high: null };
  const z = 1.959963984540054;
  const p = discrepancies / completed;
  const denominator = 1 + (z * z) / completed;
  const centre = (p + (z * z) / (2 * completed)) / denominator;
  const margin =
    (z * Math.sqrt((p * (1 - p)) / completed + (z * z) / (4 * completed * completed))) / denominator;
  return {
    completed,
    discrepancies,
    rate: p,
    low: Math.max(0, centre - margin),
    high: Math.min(1, centre + margin),
  };
}
