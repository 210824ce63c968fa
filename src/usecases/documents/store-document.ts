import { checkDocument } from '../../core/documents/document-rules';
import type { Actor } from '../../core/people/access-scope';
import type { Db } from '../../data/db';
import { recordAudit } from '../../data/repositories/audit.repository';
import { insertDocument, type DocumentSummary } from '../../data/repositories/documents.repository';
import type { DocumentOwner } from './document-owner';

/**
 * Store a file for an owner record the caller has already authorized the actor to change
 * (see document-owner.ts). Refuses a type or size the rules do not allow (MN1.1) with a 400
 * naming `field`. Audited under the owner's region. Run it in the caller's transaction.
 */
export async function storeDocument(
  trx: Db,
  actor: Actor,
  owner: DocumentOwner,
  file: { fileName: string; content: Buffer },
  field = 'file',
): Promise<DocumentSummary> {
  const mediaType = checkDocument(field, file.fileName, file.content);
  const stored = await insertDocument(trx, {
    ownerType: owner.ownerType,
    ownerId: owner.ownerId,
    organizationId: owner.organizationId,
    fileName: file.fileName,
    mediaType,
    content: file.content,
    uploadedBy: actor.userId,
  });
  await recordAudit(trx, actor, {
    action: 'create',
    entityType: 'document',
    entityId: stored.id,
    regionId: owner.regionId,
    after: {
      ownerType: owner.ownerType,
      ownerId: owner.ownerId,
      fileName: stored.fileName,
      mediaType,
      sizeBytes: stored.sizeBytes,
    },
  });
  return stored;
}
