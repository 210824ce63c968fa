import { DomainError } from '../common/domain-error';

/**
 * What a stored document may be (docs/rules/monitoring.md MN1.1): a PDF, an image, a Word or
 * Excel file, a CSV or a text file, of at most DOCUMENT_LIMITS.bytes. The type comes from the
 * file name's extension; for PDFs and images the first bytes must agree with it, so a renamed
 * program is refused.
 */
export const DOCUMENT_LIMITS = { bytes: 10 * 1024 * 1024, fileNameLength: 200 } as const;

/** The media type of each allowed extension. */
export const DOCUMENT_MEDIA_TYPES: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
  txt: 'text/plain',
};

/** The first bytes a file of the media type starts with, where the type has such a signature. */
const SIGNATURES: Readonly<Record<string, readonly number[][]>> = {
  'application/pdf': [[0x25, 0x50, 0x44, 0x46]],
  'image/png': [[0x89, 0x50, 0x4e, 0x47]],
  'image/jpeg': [[0xff, 0xd8, 0xff]],
  'image/gif': [[0x47, 0x49, 0x46, 0x38]],
  'image/webp': [[0x52, 0x49, 0x46, 0x46]],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': [[0x50, 0x4b]],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': [[0x50, 0x4b]],
};

/** The extensions a document may have, for the file picker's `accept`. */
export const DOCUMENT_EXTENSIONS = Object.keys(DOCUMENT_MEDIA_TYPES);

/**
 * The media type of a document about to be stored, or a 400 naming `field` when its name,
 * type, size or first bytes are not allowed (MN1.1).
 */
export function checkDocument(field: string, fileName: string, content: Uint8Array): string {
  if (fileName.trim() === '' || fileName.length > DOCUMENT_LIMITS.fileNameLength)
    throw DomainError.invalidField(
      field,
      `needs a file name of 1 to ${DOCUMENT_LIMITS.fileNameLength} characters`,
    );
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const mediaType = DOCUMENT_MEDIA_TYPES[extension];
  if (!mediaType)
    throw DomainError.invalidField(
      field,
      `${fileName} is not a PDF, image, Word, Excel, CSV or text file (allowed: ${DOCUMENT_EXTENSIONS.join(', ')})`,
    );
  if (content.length === 0) throw DomainError.invalidField(field, `${fileName} is empty`);
  if (content.length > DOCUMENT_LIMITS.bytes)
    throw DomainError.invalidField(
      field,
      `${fileName} is larger than ${DOCUMENT_LIMITS.bytes / (1024 * 1024)} MB, the limit`,
    );
  const signatures = SIGNATURES[mediaType];
  if (signatures && !signatures.some((signature) => signature.every((byte, i) => content[i] === byte)))
    throw DomainError.invalidField(field, `${fileName} does not hold what its extension says (${extension})`);
  return mediaType;
}
