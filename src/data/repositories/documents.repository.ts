/**
 * Stored documents (docs/rules/monitoring.md MN1): files kept in the `documents` table, each
 * attached to one record of another module by owner type and id. Documents are not children's
 * records; every function here takes the owner the caller already loaded and authorized.
 */
import type { Db } from '../db';

/** What is shown of a stored document without its bytes. */
export interface DocumentSummary {
  id: string;
  organizationId: string;
  ownerType: string;
  ownerId: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  uploadedBy: string | null;
  uploadedAt: Date;
}

/** A stored document with its bytes. */
export interface StoredDocument extends DocumentSummary {
  content: Buffer;
}

export interface DocumentOwnerKey {
  ownerType: string;
  ownerId: string;
}

const SUMMARY_COLUMNS = [
  'id',
  'organization_id as organizationId',
  'owner_type as ownerType',
  'owner_id as ownerId',
  'file_name as fileName',
  'media_type as mediaType',
  'size_bytes as sizeBytes',
  'uploaded_by as uploadedBy',
  'uploaded_at as uploadedAt',
] as const;

/** Store one document; answers what was stored, without the bytes. */
export async function insertDocument(
  trx: Db,
  values: DocumentOwnerKey & {
    organizationId: string;
    fileName: string;
    mediaType: string;
    content: Buffer;
    uploadedBy: string | null;
  },
): Promise<DocumentSummary> {
  return trx
    .insertInto('documents')
    .values({
      organization_id: values.organizationId,
      owner_type: values.ownerType,
      owner_id: values.ownerId,
      file_name: values.fileName,
      media_type: values.mediaType,
      size_bytes: values.content.length,
      content: values.content,
      uploaded_by: values.uploadedBy,
    })
    .returning(SUMMARY_COLUMNS)
    .executeTakeFirstOrThrow();
}

/** The documents of one owner record, oldest first, without their bytes. */
export async function listDocumentsOf(db: Db, owner: DocumentOwnerKey): Promise<DocumentSummary[]> {
  return db
    .selectFrom('documents')
    .select(SUMMARY_COLUMNS)
    .where('owner_type', '=', owner.ownerType)
    .where('owner_id', '=', owner.ownerId)
    .orderBy('uploaded_at')
    .orderBy('id')
    .execute();
}

/** The documents of several owner records of one type, without their bytes. */
export async function listDocumentsOfOwners(
  db: Db,
  ownerType: string,
  ownerIds: readonly string[],
): Promise<DocumentSummary[]> {
  if (ownerIds.length === 0) return [];
  return db
    .selectFrom('documents')
    .select(SUMMARY_COLUMNS)
    .where('owner_type', '=', ownerType)
    .where('owner_id', 'in', ownerIds)
    .orderBy('uploaded_at')
    .orderBy('id')
    .execute();
}

/** One document of the owner record, with its bytes; undefined when it is not that owner's. */
export async function findDocumentOf(
  db: Db,
  owner: DocumentOwnerKey,
  id: string,
): Promise<StoredDocument | undefined> {
  const row = await db
    .selectFrom('documents')
    .select([...SUMMARY_COLUMNS, 'content'])
    .where('id', '=', id)
    .where('owner_type', '=', owner.ownerType)
    .where('owner_id', '=', owner.ownerId)
    .executeTakeFirst();
  if (!row) return undefined;
  // PGlite answers a bytea as a Uint8Array, pg as a Buffer: the same bytes either way.
  const bytes: Uint8Array = row.content;
  return { ...row, content: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
}

/** Delete one document of the owner record; answers what was deleted (without its bytes), if there was one. */
export async function deleteDocumentOf(
  trx: Db,
  owner: DocumentOwnerKey,
  id: string,
): Promise<DocumentSummary | undefined> {
  return trx
    .deleteFrom('documents')
    .where('id', '=', id)
    .where('owner_type', '=', owner.ownerType)
    .where('owner_id', '=', owner.ownerId)
    .returning(SUMMARY_COLUMNS)
    .executeTakeFirst();
}
