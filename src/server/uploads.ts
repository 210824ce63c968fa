import multipart from '@fastify/multipart';
import { Type, type TSchema } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DomainError } from '../core/common/domain-error';
import { UPLOAD_LIMITS } from '../usecases/spreadsheets/spreadsheet-limits';
import { unstorableTextProblems } from './input-guard';
import { languageOfRequest, translateMessage } from './messages/translate';

/** One uploaded file: the form field it came in, its name (without folders) and its bytes. */
export interface UploadedFile {
  field: string;
  fileName: string;
  content: Buffer;
}

const MEGABYTE = 1024 * 1024;
const FILE_NAME_LENGTH = 200;
const filesOfRequest = new WeakMap<FastifyRequest, UploadedFile[]>();

/**
 * A file field of a multipart form, as the OpenAPI document shows it. Once the upload is read
 * (readMultipartUpload) the body holds the file's name there, and uploadedFiles() its bytes.
 */
export function FileField(description: string) {
  return Type.String({ format: 'binary', description });
}

/** A form field sent as JSON text, as the OpenAPI document describes it. */
export function JsonField<T extends TSchema>(schema: T): T {
  return { ...schema, contentMediaType: 'application/json' };
}

/** Accept multipart/form-data in this plugin's routes, within UPLOAD_LIMITS. */
export async function acceptUploads(api: FastifyInstance): Promise<void> {
  await api.register(multipart, {
    limits: {
      fileSize: UPLOAD_LIMITS.fileBytes,
      files: UPLOAD_LIMITS.files,
      fields: 20,
      fieldSize: MEGABYTE,
      parts: UPLOAD_LIMITS.files + 20,
    },
  });
}

/**
 * A route's preValidation: read the multipart body, keep its files aside and leave in
 * `request.body` the text fields (those named in `jsonFields` parsed as JSON) and each file
 * field holding its file's name, so the route's body schema validates the whole form.
 */
export function readMultipartUpload(jsonFields: readonly string[] = []) {
  return async (request: FastifyRequest): Promise<void> => {
    if (!request.isMultipart())
      throw DomainError.invalidField('body', 'send the file as multipart/form-data');
    const body: Record<string, unknown> = {};
    const files: UploadedFile[] = [];
    const put = (name: string, value: unknown) => {
      const before = Object.hasOwn(body, name) ? body[name] : undefined;
      body[name] = before === undefined ? value : [...(Array.isArray(before) ? before : [before]), value];
    };
    try {
      for await (const part of request.parts()) {
        if (part.type === 'file') {
          const fileName = part.filename.replace(/^.*[\\/]/, '');
          if (fileName === '' || fileName.length > FILE_NAME_LENGTH)
            throw DomainError.invalidField(
              part.fieldname,
              `needs a file name of 1 to ${FILE_NAME_LENGTH} characters`,
            );
          const content = await part.toBuffer();
          files.push({ field: part.fieldname, fileName, content });
          put(part.fieldname, fileName);
        } else if (typeof part.value === 'string') {
          put(
            part.fieldname,
            jsonFields.includes(part.fieldname) ? parseJsonField(part.fieldname, part.value) : part.value,
          );
        }
      }
    } catch (error) {
      throw uploadError(error);
    }
    const problems = unstorableTextProblems(body, '');
    if (problems.length > 0)
      throw new DomainError(
        'invalid_input',
        problems.map((p) => `${p.field}: ${p.message}`).join('; '),
        problems,
      );
    filesOfRequest.set(request, files);
    request.body = body;
  };
}

/** The files of an upload read by readMultipartUpload, in the order they came. */
export function uploadedFiles(request: FastifyRequest): UploadedFile[] {
  return filesOfRequest.get(request) ?? [];
}

/** The one file sent in `field`. */
export function uploadedFile(request: FastifyRequest, field: string): UploadedFile {
  const file = uploadedFiles(request).find((f) => f.field === field);
  if (!file) throw DomainError.invalidField(field, 'a file is required');
  return file;
}

/** An import's result with the reason of each row it skipped in the language of the request. */
export function skippedRowsInLanguage<R extends { skipped: readonly { message: string }[] }>(
  request: FastifyRequest,
  result: R,
): Omit<R, 'skipped'> & { skipped: R['skipped'][number][] } {
  const language = languageOfRequest(request.headers['accept-language']);
  return {
    ...result,
    skipped: result.skipped.map((row) => ({ ...row, message: translateMessage(row.message, language) })),
  };
}

function parseJsonField(field: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw DomainError.invalidField(field, 'is not valid JSON');
  }
}

/** @fastify/multipart's limits as 400s that name the limit. */
function uploadError(error: unknown): unknown {
  if (error instanceof DomainError) return error;
  const code = (error as { code?: string }).code;
  if (code === 'FST_REQ_FILE_TOO_LARGE')
    return DomainError.invalidField(
      'file',
      `a file is larger than ${UPLOAD_LIMITS.fileBytes / MEGABYTE} MB, the limit`,
    );
  if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT')
    return DomainError.invalidField('file', `more than ${UPLOAD_LIMITS.files} files, the limit`);
  if (code === 'FST_FIELDS_LIMIT') return DomainError.invalidField('body', 'too many form fields');
  if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE' || code === 'FST_PROTO_VIOLATION')
    return DomainError.invalidField('body', 'is not a valid multipart/form-data upload');
  return error;
}
