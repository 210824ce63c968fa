import type { ChildFacts } from '../../core/children/child-rules';
import { DomainError } from '../../core/common/domain-error';
import type { Actor } from '../../core/people/access-scope';
import type { Db } from '../../data/db';
import { recordAudit } from '../../data/repositories/audit.repository';
import {
  insertChild,
  isStatewideStudentIdTaken,
  nextStudentNumber,
} from '../../data/repositories/children.repository';
import { isMsixIdTaken } from '../../data/repositories/child-identities.repository';
import type { DbChild } from '../../data/tables';
import { auditedChild, childFactsToRow } from './child-row';

/** Raise `conflict` on `statewideStudentId` when another child already has this SSID. */
export async function assertStatewideIdFree(
  db: Db,
  ssid: string | null,
  exceptChildId: string | null,
): Promise<void> {
  if (ssid && (await isStatewideStudentIdTaken(db, ssid, exceptChildId)))
    throw new DomainError('conflict', 'statewideStudentId: another child has this SSID', [
      { field: 'statewideStudentId', message: 'another child has this SSID' },
    ]);
}

/** Raise `conflict` on `msixId` when another child already has this MSIX ID (IR5.1). */
export async function assertMsixIdFree(
  db: Db,
  msixId: string | null | undefined,
  exceptChildId: string | null,
) {
  if (msixId && (await isMsixIdTaken(db, msixId, exceptChildId)))
    throw new DomainError('conflict', 'msixId: another child has this MSIX ID', [
      { field: 'msixId', message: 'another child has this MSIX ID' },
    ]);
}

/**
 * Create a child's record from validated facts, with a new student number, and audit it —
 * inside the caller's transaction. The one place a child row is made, whether a person adds
 * the child or a reviewer approves the COE that first names them; the caller has checked the
 * actor may create children in `regionId`.
 * @param source what created the child, kept in the audit event (e.g. `coe <id>`)
 */
export async function createChildRecord(
  trx: Db,
  actor: Actor,
  child: { facts: ChildFacts; regionId: string; familyId: string | null; source?: string },
): Promise<DbChild> {
  await assertStatewideIdFree(trx, child.facts.statewideStudentId, null);
  await assertMsixIdFree(trx, child.facts.msixId, null);
  const row = await insertChild(trx, {
    ...childFactsToRow(child.facts),
    student_number: await nextStudentNumber(trx),
    region_id: child.regionId,
    family_id: child.familyId,
  });
  await recordAudit(trx, actor, {
    action: 'create',
    entityType: 'child',
    entityId: row.id,
    regionId: row.region_id,
    childId: row.id,
    after: child.source ? { ...auditedChild(row), source: child.source } : auditedChild(row),
  });
  return row;
}
