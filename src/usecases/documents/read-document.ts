import { DomainError } from '../../core/common/domain-error';
import type { Db } from '../../data/db';
import {
  findDocumentOf,
  listDocumentsOf,
  type DocumentSummary,
  type StoredDocument,
} from '../../data/repositories/documents.repository';
import type { DocumentOwnerKey } from '../../data/repositories/documents.repository';

/**
 * One document of an owner record the caller has already authorized the actor to read, with its
 * bytes; 404 when there is no such document or it belongs to another record.
 */
export async function readDocument(
  db: Db,
  owner: DocumentOwnerKey,
  documentId: string,
): Promise<StoredDocument> {
  const document = await findDocumentOf(db, owner, documentId);
  if (!document) throw new DomainError('not_found', 'No document with that id.');
  return document;
}

/** The documents of an owner record the caller has already authorized the actor to read. */
export async function listDocuments(db: Db, owner: DocumentOwnerKey): Promise<DocumentSummary[]> {
  return listDocumentsOf(db, owner);
}
