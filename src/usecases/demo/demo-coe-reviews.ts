import { addDays, compareDates, type CalendarDate } from '../../core/common/calendar-date';
import type { DemoFamily } from '../../core/demo/demo-families';
import type { Determination } from '../../core/eligibility/interview-schema';
import type { Actor } from '../../core/people/access-scope';
import { findQualityWarnings } from '../../core/recruitment/coe-quality-warnings';
import type { InterviewFacts } from '../../core/recruitment/coe-types';
import type { Db } from '../../data/db';
import { createCoe } from '../coes/create-coe';
import { reviewCoe } from '../coes/review-coe';
import { signCoe } from '../coes/sign-coe';
import { submitCoe } from '../coes/submit-coe';

/** A demo family whose COE the loader leaves to the review workflow instead of approving it. */
export interface HeldBackCoe {
  regionId: string;
  familyId: string;
  districtId: string | null;
  interview: DemoFamily['interview'];
  signerName: string;
  qualifyingWork: string;
  residencyDate: CalendarDate | null;
  /** The interview's children, each with the Ciclo child the loader made for it. */
  children: Array<{ interviewChildId: string; childId: string }>;
  hasWarnings: boolean;
}

/** How many recent COEs of the demo region wait for the reviewer, and how many went back. */
const SUBMITTED = 4;
const RETURNED = 2;

/**
 * Chooses, as the families are generated, the demo region's recent COEs (interviews of the
 * last 120 days) that go through the review workflow rather than being loaded approved: the
 * first six, keeping the last place for one with a quality warning when none came before.
 */
export class DemoReviewQueue {
  readonly held: HeldBackCoe[] = [];
  private readonly since: CalendarDate;

  constructor(
    private readonly regionNumber: number,
    today: CalendarDate,
  ) {
    this.since = addDays(today, -120);
  }

  /**
   * Whether this family's COE is held back for review (then the caller loads the family without
   * a COE and hands it to `hold`), with whether the reviewer will see a quality warning on it.
   */
  wants(
    family: DemoFamily,
    determination: Determination,
    residencyDate: CalendarDate | null,
  ): { hasWarnings: boolean } | null {
    if (family.regionNumber !== this.regionNumber || this.held.length >= SUBMITTED + RETURNED) return null;
    if (compareDates(family.interview.interviewDate, this.since) < 0) return null;
    const hasWarnings =
      findQualityWarnings(family.interview as InterviewFacts, determination, {
        residencyDate,
      }).length > 0;
    const haveWarned = this.held.some((coe) => coe.hasWarnings);
    // Keep the last place for a COE with a warning until one is found.
    if (!hasWarnings && !haveWarned && this.held.length === SUBMITTED + RETURNED - 1) return null;
    return { hasWarnings };
  }

  hold(coe: HeldBackCoe): void {
    this.held.push(coe);
  }
}

/**
 * The held-back COEs through the real use cases, audited as the demo recruiters' and
 * reviewer's: each prepared from its interview (linking the family's children), signed on
 * paper on the interview day and submitted; the reviewer returns the second and the fourth
 * with a comment. The one with a quality warning comes first and waits for review.
 */
export async function loadDemoCoeReviews(
  db: Db,
  options: {
    queue: DemoReviewQueue;
    recruiterIds: readonly string[];
    reviewerId: string;
    today: CalendarDate;
  },
): Promise<void> {
  const ordered = [...options.queue.held].sort((a, b) => Number(b.hasWarnings) - Number(a.hasWarnings));
  let returned = 0;
  for (const [index, held] of ordered.entries()) {
    // Every third COE is the second recruiter's; the returned ones go back to the first.
    const recruiterId = options.recruiterIds[index % 3 === 2 ? 1 : 0] ?? options.recruiterIds[0];
    if (!recruiterId) return;
    const recruiter = { db, actor: staffActor(recruiterId, 'recruiter', held.regionId) };
    const coe = await createCoe(
      recruiter,
      {
        regionId: held.regionId,
        familyId: held.familyId,
        interview: held.interview,
        children: held.children.map((child) => ({ ...child, newChild: null })),
        residencyDate: held.residencyDate,
        qualifyingWork: held.qualifyingWork,
        comments: null,
        districtId: held.districtId,
      },
      options.today,
    );
    await signCoe(
      recruiter,
      coe.id,
      { kind: 'paper', signerName: held.signerName, signedOn: held.interview.interviewDate },
      options.today,
    );
    await submitCoe(recruiter, coe.id);
    if (index % 2 === 0 || returned >= RETURNED) continue;
    returned++;
    await reviewCoe(
      { db, actor: staffActor(options.reviewerId, 'reviewer', held.regionId) },
      coe.id,
      {
        decision: 'return',
        comments:
          returned === 1
            ? 'Please check the date the family arrived against the school enrollment, and resubmit.'
            : 'The qualifying work needs the employer named. Please ask the family and resubmit.',
      },
      options.today,
    );
  }
}

function staffActor(userId: string, role: 'recruiter' | 'reviewer', regionId: string): Actor {
  return { userId, role, regionId, districtId: null, assignedRegionIds: [], label: 'demo' };
}
