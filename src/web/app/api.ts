/**
 * The JSON API client: cookies for the session, the CSRF token on every state-changing
 * request, and errors as ApiError with the fields the server named.
 */
import type { Static } from '@sinclair/typebox';
import type { ErrorReply } from '../../server/schemas';
import { readableMessage } from './error-text';

/** The body of every error the server answers (src/server/schemas.ts). */
type ErrorBody = Static<typeof ErrorReply>;
export type FieldProblem = NonNullable<ErrorBody['error']['problems']>[number];

/**
 * An error the server answered. Its `message` is what a person reads, in the language of the
 * pages: each field named as the forms label it (error-text.ts); `serverMessage` is the reply's.
 */
export class ApiError extends Error {
  readonly serverMessage: string;

  constructor(
    readonly status: number,
    readonly id: string,
    message: string,
    readonly problems: FieldProblem[] = [],
  ) {
    super(readableMessage(message, problems));
    this.serverMessage = message;
  }

  /** The server's message for `field`, if it named that field. */
  problemFor(field: string): string | undefined {
    return this.problems.find((p) => p.field === field)?.message;
  }
}

let csrfToken = '';

/** The language the pages are in (`<html lang>`, which i18n keeps), for `accept-language`. */
export function pageLanguage(): string {
  return typeof document === 'undefined' ? '' : document.documentElement.lang;
}

export function setCsrfToken(token: string): void {
  csrfToken = token;
}

/** The CSRF token, for requests not made with `api` (uploads with progress). */
export function csrfTokenForUploads(): string {
  return csrfToken;
}

export async function api<T>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  body?: unknown,
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  // the server answers its messages in the language the pages are in (src/server/messages)
  const language = pageLanguage();
  if (language) headers['accept-language'] = language;
  // a FormData (an upload) is sent as multipart/form-data, with the boundary the browser sets
  const isForm = body instanceof FormData;
  if (body !== undefined && !isForm) headers['content-type'] = 'application/json';
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken;
  const response = await fetch(url, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
  });
  if (response.status === 204) return undefined as T;
  const payload = (await response.json().catch(() => null)) as Partial<ErrorBody> | null;
  if (!response.ok) {
    const error = payload?.error;
    throw new ApiError(
      response.status,
      error?.id ?? 'error',
      error?.message ?? response.statusText,
      error?.problems ?? [],
    );
  }
  return payload as T;
}

/** A query string from the values that are set. */
export function queryString(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}
