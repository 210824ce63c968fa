import { DomainError } from '../../core/common/domain-error';
import { accessScopeOf } from '../../core/people/access-scope';
import { reinterviewPolicy, reinterviewSamplePolicy } from '../../core/quality-control/reinterview.policy';
import { discrepancyRate, type DiscrepancyRate } from '../../core/recruitment/reinterview-sample';
import {
  findReinterviewSample,
  listReinterviewsOfSampleInScope,
} from '../../data/repositories/reinterviews.repository';
import type { UseCaseContext } from '../context';
import { reinterviewSubjectOf } from './reinterview-subject';

export interface ReinterviewItem {
  id: string;
  coeId: string;
  /** The family the COE certifies, and the day it was interviewed: what a re-interviewer looks for. */
  familyName: string | null;
  interviewDate: string | null;
  regionId: string;
  regionNumber: number;
  reinterviewerId: string | null;
  reinterviewerName: string | null;
  result: 'confirmed' | 'discrepancy' | null;
  notes: string | null;
  abilities: { canAssign: boolean; canRecordResult: boolean };
}

/**
 * A sample with the re-interviews the actor may see (their scope's, and those assigned to
 * them), and the discrepancy rate per region and overall over those.
 */
export async function getSample(ctx: UseCaseContext, sampleId: string) {
  if (!reinterviewSamplePolicy.can(ctx.actor, 'read', {}))
    throw new DomainError('forbidden', 'Your role does not allow this.');
  const sample = await findReinterviewSample(ctx.db, sampleId);
  if (!sample) throw new DomainError('not_found', 'No sample with that id.');
  const rows = await listReinterviewsOfSampleInScope(
    ctx.db,
    accessScopeOf(ctx.actor),
    ctx.actor.userId,
    sampleId,
  );
  const items: ReinterviewItem[] = rows
    .filter((r) => reinterviewPolicy.can(ctx.actor, 'read', reinterviewSubjectOf(r)))
    .map((r) => {
      const abilities = reinterviewPolicy.abilitiesOf(ctx.actor, reinterviewSubjectOf(r));
      return {
        id: r.id,
        coeId: r.coe_id,
        familyName: r.family_name,
        interviewDate: r.interview_date,
        regionId: r.region_id,
        regionNumber: r.region_number,
        reinterviewerId: r.reinterviewer_id,
        reinterviewerName: r.reinterviewer_name,
        result: r.result,
        notes: r.notes,
        abilities: { canAssign: abilities.assign, canRecordResult: abilities.recordResult },
      };
    });
  const byRegion = new Map<number, Array<'confirmed' | 'discrepancy'>>();
  for (const item of items) {
    const results = byRegion.get(item.regionNumber) ?? [];
    if (item.result) results.push(item.result);
    byRegion.set(item.regionNumber, results);
  }
  const regions: Array<{ regionNumber: number; sampled: number } & DiscrepancyRate> = [
    ...byRegion.entries(),
  ].map(([regionNumber, results]) => ({
    regionNumber,
    sampled: items.filter((i) => i.regionNumber === regionNumber).length,
    ...discrepancyRate(results),
  }));
  return {
    id: sample.id,
    seed: sample.seed,
    perRegion: sample.per_region,
    approvedFrom: sample.approved_from,
    approvedTo: sample.approved_to,
    drawnAt: new Date(sample.drawn_at).toISOString(),
    items,
    regions,
    overall: {
      sampled: items.length,
      ...discrepancyRate(items.flatMap((i) => (i.result ? [i.result] : []))),
    },
  };
}
