import { DomainError } from '../../core/common/domain-error';
import {
  analyzeRunChart,
  checkChartRange,
  computeMeasure,
  MEASURES,
  measurePolicy,
  recordsCounted,
  recordsFrom,
  type MeasureId,
  type MeasurePoint,
  type MeasureDefinition,
  type RunChartAnalysis,
} from '../../core/improvement';
import { accessScopeOf, type AccessScope } from '../../core/people/access-scope';
import { authorize } from '../../core/people/policy';
import {
  findQualifiedChildFactsInScope,
  findReferralDatesInScope,
  findSchoolContactDatesInScope,
  findTestedEnrollmentFactsInScope,
} from '../../data/repositories/improvement-measures.repository';
import { findRegionById, type RegionRow } from '../../data/repositories/regions.repository';
import type { Db } from '../../data/db';
import type { UseCaseContext } from '../context';

export interface MeasureQuery {
  measure: MeasureId;
  /** One region; without it, every region of the scope. */
  regionId?: string | undefined;
  from: string;
  to: string;
  /** Freeze the median on the first `baseline` periods (IP1.2). */
  baseline?: number | undefined;
}

export interface MeasureSeries {
  definition: MeasureDefinition;
  region: RegionRow | null;
  from: string;
  to: string;
  points: MeasurePoint[];
  baseline: number | null;
  /** The run chart of the points (IP2.7); null while no period has a value. */
  analysis: RunChartAnalysis | null;
}

/**
 * A measure computed from the records (IP2) of one region, or of every region the reader
 * reaches, with its run chart (IP1). Reads only.
 */
export async function readMeasure(ctx: UseCaseContext, query: MeasureQuery): Promise<MeasureSeries> {
  const region = query.regionId ? await findRegionById(ctx.db, query.regionId) : undefined;
  authorize(
    measurePolicy,
    ctx.actor,
    'read',
    query.regionId && !region ? undefined : { regionId: region?.id ?? null },
    'No such region in your scope.',
  );
  return measureSeries(ctx.db, accessScopeOf(ctx.actor), region ?? null, query);
}

/**
 * A measure's points and run chart (IP2, IP1) counting the records of `scope`, of `region` or
 * of every region of the scope. The caller has authorized the read.
 */
export async function measureSeries(
  db: Db,
  scope: AccessScope,
  region: RegionRow | null,
  query: Omit<MeasureQuery, 'regionId'>,
): Promise<MeasureSeries> {
  if (query.from > query.to) throw DomainError.invalidField('to', 'is before from');
  checkChartRange(query.measure, query.from, query.to, 'to');
  const options = {
    scope,
    regionId: region?.id ?? null,
    from: recordsFrom(query.measure, query.from),
    to: query.to,
  };
  const id = query.measure;
  const counted = recordsCounted(id);
  const [children, referrals, contacts, enrollments] = await Promise.all([
    counted === 'children' ? findQualifiedChildFactsInScope(db, options) : [],
    counted === 'referrals' ? findReferralDatesInScope(db, options) : [],
    counted === 'contacts' ? findSchoolContactDatesInScope(db, options) : [],
    counted === 'enrollments' ? findTestedEnrollmentFactsInScope(db, options) : [],
  ]);
  const points = computeMeasure(
    id,
    {
      children: children.map((row) => ({
        coeId: row.coe_id,
        recruitedOn: row.recruited_on,
        qad: row.qad!,
        basis: row.basis === 'sqm' || row.basis === 'qualifying-work' ? row.basis : null,
        priorCoe: row.prior_coe,
        residencyDate: row.residency_date,
      })),
      referrals: referrals.map((row) => ({ receivedOn: row.received_on })),
      contacts: contacts.map((row) => ({ userId: row.user_id, contactDate: row.contact_date })),
      enrollments,
    },
    { from: query.from, to: query.to },
  );
  const values = points.map((p) => p.value);
  const baseline = query.baseline === undefined ? null : Math.min(query.baseline, points.length);
  const hasBaselineValue = values.slice(0, baseline ?? values.length).some((v) => v !== null);
  return {
    definition: MEASURES[id],
    region,
    from: query.from,
    to: query.to,
    points,
    baseline,
    analysis: hasBaselineValue
      ? analyzeRunChart(baseline === null ? { values } : { values, baseline: Math.max(1, baseline) })
      : null,
  };
}
