import type { Db } from '../../src/data/db';

/**
 * Families of approved COEs for a control chart (IP2.4, IP5): for each month from `firstMonth`,
 * `families` COEs recruited on the 10th, the first `inTime[i]` of them within 90 days of their
 * child's QAD and the rest 120 days after it. One eligible child per COE.
 */
export async function seedFamiliesByMonth(
  db: Db,
  regionId: string,
  firstMonth: string,
  families: number,
  inTime: readonly number[],
  /** The COEs' interview and determination JSON; empty objects when left out. */
  documents: { interview: unknown; determination: unknown } = { interview: {}, determination: {} },
): Promise<void> {
  const [year, month] = firstMonth.split('-').map(Number) as [number, number];
  const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
  const coes: Array<{ recruited: string; qad: string }> = [];
  inTime.forEach((count, i) => {
    const recruited = day(year, month + i, 10);
    for (let f = 0; f < families; f++)
      coes.push({ recruited, qad: day(year, month + i, 10 - (f < count ? 30 : 120)) });
  });
  const rows = await db
    .insertInto('coes')
    .values(
      coes.map((c) => ({
        region_id: regionId,
        status: 'approved' as const,
        interview: JSON.stringify(documents.interview),
        determination: JSON.stringify(documents.determination),
        interview_date: c.recruited,
        signed_on: c.recruited,
      })),
    )
    .returning('id')
    .execute();
  await db
    .insertInto('coe_children')
    .values(
      rows.map((row, i) => ({
        coe_id: row.id,
        interview_child_id: 'c0',
        eligible: true,
        qad: coes[i]!.qad,
        basis: 'qualifying-work' as const,
        prior_coe: false,
      })),
    )
    .execute();
}

/**
 * Twelve months of 2016, ten families a month; about four in ten identified within 90 days of
 * the QAD, and every one of them in October (position 9): outside the P chart's limits.
 */
export const FAMILIES_IN_TIME_2016 = [4, 3, 5, 4, 3, 4, 5, 4, 3, 10, 4, 4];
