/**
 * Stored documents (docs/rules/monitoring.md MN1) for any module's records.
 *
 * How another module attaches documents to its own records:
 * 1. Pick an `ownerType` naming your record kind (`epc_verification`, `calendar_evidence`…,
 *    lower case with underscores); the owner id is your record's uuid.
 * 2. In your own use case, load your record and authorize the actor against it with your
 *    policy (read for a download or a list; your write action for an upload or a delete).
 * 3. Then, in the same transaction, call `storeDocument(trx, ctx.actor, owner, file)` (checks
 *    type and size, MN1.1, stores the bytes and writes the audit event), `listDocuments`,
 *    `readDocument` (404 unless the document is that owner's) or `deleteDocument`, passing
 *    `owner = { ownerType, ownerId, organizationId: your record's region (or district),
 *    regionId: the region for the audit log }` (a state record, such as the SDP development,
 *    passes `STATE_ORGANIZATION_ID` and a null region).
 * 4. In your route, read the upload with `acceptUploads` + `readMultipartUpload()` and
 *    `uploadedFile(request, 'file')` from src/server/uploads.ts, reply the stored document with
 *    `DocumentReply`/`presentDocument` and send a download with `sendDocument` (both in
 *    src/server/documents.ts).
 * The rows are in the `documents` table, so a backup holds the bytes.
 */
import type { DocumentOwnerKey } from '../../data/repositories/documents.repository';

/**
 * The organization of a state record's documents: the state has no row among the regions and
 * districts, so the nil uuid stands for it (docs/rules/plan-development.md PD1.5).
 */
export const STATE_ORGANIZATION_ID = '00000000-0000-0000-0000-000000000000';

/** The record a document belongs to, after the caller's use case authorized the actor on it. */
export interface DocumentOwner extends DocumentOwnerKey {
  /** The region or district the owner record belongs to. */
  organizationId: string;
  /** The region the audit event is filed under (null for a state record). */
  regionId: string | null;
}
