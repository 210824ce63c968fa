/**
 * The JSON API client: cookies for the session, the CSRF token on every state-changing
 * request, and errors as ApiError with the fields the server named.
 */
export interface FieldProblem {
  field: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly id: string,
    message: string,
    readonly problems: FieldProblem[] = [],
  ) {
    super(message);
  }

  /** The server's message for `field`, if it named that field. */
  problemFor(field: string): string | undefined {
    return this.problems.find((p) => p.field === field)?.message;
  }
}

let csrfToken = '';

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
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken;
  const response = await fetch(url, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 204) return undefined as T;
  const payload = (await response.json().catch(() => null)) as {
    error?: { id: string; message: string; problems?: FieldProblem[] };
  } | null;
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
