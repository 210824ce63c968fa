import type { FastifyReply } from 'fastify';

/** A file the API sends as a download. */
export interface DownloadFile {
  fileName: string;
  contentType: string;
  body: Buffer | Uint8Array | string;
}

/**
 * Send a file as a download under its own name: an ASCII copy of the name for old clients and
 * the name itself (accents, ñ) per RFC 6266 / RFC 5987; `nosniff`, so a browser never runs it
 * as something else.
 */
export function sendFile(reply: FastifyReply, file: DownloadFile): FastifyReply {
  const ascii = file.fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return reply
    .header('content-type', file.contentType)
    .header('x-content-type-options', 'nosniff')
    .header(
      'content-disposition',
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    )
    .send(file.body);
}
