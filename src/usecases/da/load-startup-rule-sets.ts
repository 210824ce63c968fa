import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DomainError } from '../../core/common/domain-error';
import type { Actor } from '../../core/people/access-scope';
import type { Db } from '../../data/db';
import { recordAudit } from '../../data/repositories/audit.repository';
import { upsertRuleSet } from '../../data/repositories/da-rule-sets.repository';
import { parseRuleSetsOrRefuse } from './da-rule-sets-in-force';

/** Who stores the rule sets of the startup file, as the audit log shows it. */
const STARTUP_ACTOR: Actor = {
  userId: null,
  role: 'state_admin',
  regionId: null,
  districtId: null,
  assignedRegionIds: [],
  label: 'startup-file',
};

/**
 * At start: the rule sets of the JSON file CICLO_DA_RULE_SETS names, validated and stored
 * (audited, like a change made on the web), so a state can ship its rules with its
 * deployment. A bad file stops the start, naming the field. Safe to re-run: the same id
 * replaces the stored set.
 */
export async function loadStartupRuleSets(db: Db, file: string): Promise<string[]> {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw DomainError.invalidField(
      'CICLO_DA_RULE_SETS',
      `${file} cannot be read as JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const sets = parseRuleSetsOrRefuse(json, path.basename(file));
  await db.transaction().execute(async (trx) => {
    for (const set of sets) {
      await upsertRuleSet(trx, { id: set.id, definition: set, source: 'startup-file', updatedBy: null });
      await recordAudit(trx, STARTUP_ACTOR, {
        action: 'update',
        entityType: 'da_rule_set',
        entityId: set.id,
        regionId: null,
        after: set,
      });
    }
  });
  return sets.map((set) => set.id);
}
