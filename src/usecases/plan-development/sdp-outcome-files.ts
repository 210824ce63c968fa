/**
 * Uploaded files as outcomes of the SDP development's actions (docs/rules/plan-development.md
 * PD1.5, PD1.6): stored documents of the development (see src/usecases/documents/document-owner.ts),
 * each the file of one outcome in the development's content.
 */
import { DomainError } from '../../core/common/domain-error';
import {
  fileOutcome,
  fileOutcomeProblems,
  sdpContentProblems,
  type FileOutcomeInput,
} from '../../core/plan-development/sdp-development';
import { recordAudit } from '../../data/repositories/audit.repository';
import type { StoredDocument } from '../../data/repositories/documents.repository';
import { updateSdpDevelopment } from '../../data/repositories/plan-development.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { deleteDocument } from '../documents/delete-document';
import { readDocument } from '../documents/read-document';
import { storeDocument } from '../documents/store-document';
import { getSdpDevelopment } from './manage-sdp-development';
import {
  developmentConflict,
  loadSdpDevelopment,
  newRecordId,
  sdpFileOwner,
  type SdpDevelopmentRecord,
} from './sdp-development-record';

/**
 * Attach an uploaded file to an action as an outcome (PD1.5): stored with the type and size
 * limits (MN1.1, refused naming `file`), its outcome added to the development. Both audited.
 */
export async function uploadSdpOutcomeFile(
  ctx: UseCaseContext,
  developmentId: string,
  input: FileOutcomeInput,
  file: { fileName: string; content: Buffer },
): Promise<SdpDevelopmentRecord> {
  requirePermission(ctx, 'plan_development.manage');
  const problems = fileOutcomeProblems(input);
  if (problems.length > 0)
    throw new DomainError('invalid_input', `${problems[0]!.field}: ${problems[0]!.message}`, problems);
  await ctx.db.transaction().execute(async (trx) => {
    const row = await loadSdpDevelopment(trx, ctx.actor, developmentId, 'manage');
    const stored = await storeDocument(trx, ctx.actor, sdpFileOwner(developmentId), file);
    const outcome = fileOutcome(newRecordId(), input, { documentId: stored.id, fileName: stored.fileName });
    const content = { ...row.content, outcomes: [...(row.content.outcomes ?? []), outcome] };
    const tooMany = sdpContentProblems(content).find((problem) => problem.field === 'content.outcomes');
    if (tooMany) throw DomainError.invalidField('file', tooMany.message);
    if (!(await updateSdpDevelopment(trx, developmentId, row.version, { name: row.name, content })))
      throw developmentConflict();
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: 'sdp_development',
      entityId: developmentId,
      regionId: null,
      after: { outcomeAdded: outcome },
    });
  });
  return getSdpDevelopment(ctx, developmentId);
}

/** An outcome's file with its bytes, for whoever may read the development (PD1.5). */
export async function downloadSdpOutcomeFile(
  ctx: UseCaseContext,
  developmentId: string,
  documentId: string,
): Promise<StoredDocument> {
  requirePermission(ctx, 'plan_development.read');
  await loadSdpDevelopment(ctx.db, ctx.actor, developmentId, 'read');
  return readDocument(ctx.db, sdpFileOwner(developmentId), documentId);
}

/**
 * Remove an outcome's file (PD1.6): the stored document and its outcome go together; 404 when
 * the file is not the development's. Both audited.
 */
export async function removeSdpOutcomeFile(
  ctx: UseCaseContext,
  developmentId: string,
  documentId: string,
): Promise<SdpDevelopmentRecord> {
  requirePermission(ctx, 'plan_development.manage');
  await ctx.db.transaction().execute(async (trx) => {
    const row = await loadSdpDevelopment(trx, ctx.actor, developmentId, 'manage');
    await deleteDocument(trx, ctx.actor, sdpFileOwner(developmentId), documentId);
    const outcomes = row.content.outcomes ?? [];
    const removed = outcomes.filter((outcome) => outcome.documentId === documentId);
    const content = { ...row.content, outcomes: outcomes.filter((outcome) => !removed.includes(outcome)) };
    if (!(await updateSdpDevelopment(trx, developmentId, row.version, { name: row.name, content })))
      throw developmentConflict();
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: 'sdp_development',
      entityId: developmentId,
      regionId: null,
      before: { outcomesRemoved: removed },
    });
  });
  return getSdpDevelopment(ctx, developmentId);
}
