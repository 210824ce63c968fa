import { apprMpoOf, type ApprFinding, type ApprMpo } from '../../core/services/appr';
import { findingWords, ruleSummary, type ApprLanguage } from '../../core/services/appr-words';
import type { Mpo, MpoOutcome } from '../../core/services/service-records';
import { mpoStatements } from '../../data/repositories/appr.repository';
import type { PlanWithMpos } from '../../data/repositories/plan-mpos.repository';
import type { Db } from '../../data/db';

/** A finding with its sentence in both languages. */
export type WordedFinding = ApprFinding & { words: Record<ApprLanguage, string> };

/** One MPO as the pages show it: what it says, how it is measured, its figures and findings. */
export interface MpoView extends Omit<ApprMpo, 'findings'> {
  area: string;
  statement: Record<ApprLanguage, string>;
  rule: Record<ApprLanguage, string>;
  findings: WordedFinding[];
}

/** The plan an MPO report was computed under, as the pages name it. */
export interface PlanSummary {
  name: string;
  /** Demo values, which the pages label as such. */
  demo: boolean;
}

/** Each outcome of a report beside its MPO's statement, rule, drop-off and findings in words. */
export async function presentMpos(
  db: Db,
  plan: PlanWithMpos | undefined,
  outcomes: readonly MpoOutcome[],
): Promise<MpoView[]> {
  if (!plan) return [];
  const statements = await mpoStatements(db, plan.id);
  const mpoByNumber = new Map<string, Mpo>(plan.mpos.map((mpo) => [mpo.number, mpo]));
  return outcomes.flatMap((outcome) => {
    const mpo = mpoByNumber.get(outcome.mpo);
    if (!mpo) return [];
    const figures = apprMpoOf(outcome, mpo.minHours);
    return [
      {
        ...figures,
        area: mpo.area,
        statement: statements.get(mpo.number) ?? { en: '', es: '' },
        rule: { en: ruleSummary(mpo, 'en'), es: ruleSummary(mpo, 'es') },
        findings: figures.findings.map((finding) => ({ ...finding, words: findingWords(finding) })),
      },
    ];
  });
}

/** The plan's name and whether it holds demo values, or null before any plan is adopted. */
export function planSummaryOf(plan: PlanWithMpos | undefined): PlanSummary | null {
  return plan ? { name: plan.name, demo: plan.demo } : null;
}
