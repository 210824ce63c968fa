/**
 * Stored documents in routes (docs/rules/monitoring.md MN1; how a module attaches them is in
 * src/usecases/documents/document-owner.ts): the reply schema of a stored document and the
 * download of one.
 */
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyReply } from 'fastify';
import type { DocumentSummary } from '../data/repositories/documents.repository';
import { sendFile } from './send-file';

export const DocumentReply = Type.Object({
  id: Type.String({ format: 'uuid' }),
  fileName: Type.String(),
  mediaType: Type.String(),
  sizeBytes: Type.Integer(),
  uploadedAt: Type.String({ format: 'date-time' }),
});
export type DocumentReplyBody = Static<typeof DocumentReply>;

/** A stored document as the API shows it. */
export function presentDocument(document: DocumentSummary): DocumentReplyBody {
  return {
    id: document.id,
    fileName: document.fileName,
    mediaType: document.mediaType,
    sizeBytes: document.sizeBytes,
    uploadedAt: document.uploadedAt.toISOString(),
  };
}

/** Send a stored document as a download under its own name (see sendFile). */
export function sendDocument(
  reply: FastifyReply,
  document: { fileName: string; mediaType: string; content: Buffer },
): FastifyReply {
  return sendFile(reply, {
    fileName: document.fileName,
    contentType: document.mediaType,
    body: document.content,
  });
}
