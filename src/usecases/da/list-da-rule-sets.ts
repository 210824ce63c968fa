import type { RuleSet } from '../../core/accountability';
import { DomainError } from '../../core/common/domain-error';
import { hasPermission } from '../../core/people/roles';
import { listStoredRuleSets } from '../../data/repositories/da-rule-sets.repository';
import type { UseCaseContext } from '../context';
import { californiaDaRuleSets, daRuleSetsOf } from './da-rule-sets-in-force';

export interface RuleSetListing {
  id: string;
  /** Where the set in force comes from. */
  source: 'california' | 'web' | 'startup-file';
  overridesCalifornia: boolean;
  updatedAt: string | null;
  /** The version to save or remove it at (0 while none is stored under its id). */
  version: number;
  definition: RuleSet;
}

/** The rule sets in force, each with where it comes from. */
export async function listDaRuleSets(ctx: UseCaseContext): Promise<RuleSetListing[]> {
  if (!hasPermission(ctx.actor.role, 'da.read'))
    throw new DomainError('forbidden', 'Your role cannot read differentiated-assistance rule sets.');
  const stored = new Map((await listStoredRuleSets(ctx.db)).map((row) => [row.id, row]));
  const californiaIds = new Set(californiaDaRuleSets().map((set) => set.id));
  return (await daRuleSetsOf(ctx.db)).map((set) => {
    const row = stored.get(set.id);
    return {
      id: set.id,
      source: row?.source ?? 'california',
      overridesCalifornia: row !== undefined && californiaIds.has(set.id),
      updatedAt: row ? new Date(row.updated_at).toISOString() : null,
      version: row?.version ?? 0,
      definition: set,
    };
  });
}
