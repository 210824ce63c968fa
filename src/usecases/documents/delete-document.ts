import { DomainError } from '../../core/common/domain-error';
import type { Actor } from '../../core/people/access-scope';
import type { Db } from '../../data/db';
import { recordAudit } from '../../data/repositories/audit.repository';
import { deleteDocumentOf } from '../../data/repositories/documents.repository';
import type { DocumentOwner } from './document-owner';

/**
 * Delete one document of an owner record the caller has already authorized the actor to change;
 * 404 when it is not that record's. Audited. Run it in the caller's transaction.
 */
export async function deleteDocument(
  trx: Db,
  actor: Actor,
  owner: DocumentOwner,
  documentId: string,
): Promise<void> {
  const document = await deleteDocumentOf(trx, owner, documentId);
  if (!document) throw new DomainError('not_found', 'No document with that id.');
  await recordAudit(trx, actor, {
    action: 'delete',
    entityType: 'document',
    entityId: documentId,
    regionId: owner.regionId,
    before: {
      ownerType: owner.ownerType,
      ownerId: owner.ownerId,
      fileName: document.fileName,
      mediaType: document.mediaType,
      sizeBytes: document.sizeBytes,
    },
  });
}
