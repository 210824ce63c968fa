import i18next from 'i18next';
import { ApiError, csrfTokenForUploads, pageLanguage } from './api';

/**
 * POST a multipart form with upload progress (fetch cannot report it): large files (a district's
 * list, a file of move notices) on a slow connection take a while, and people should see how
 * far along they are.
 */
export function postWithProgress<T>(
  url: string,
  body: FormData,
  onProgress: (fraction: number) => void,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    request.setRequestHeader('accept', 'application/json');
    request.setRequestHeader('x-csrf-token', csrfTokenForUploads());
    if (pageLanguage()) request.setRequestHeader('accept-language', pageLanguage());
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onerror = () => reject(new ApiError(0, 'network', i18next.t('common.upload.connectionLost')));
    request.onload = () => {
      const payload = (() => {
        try {
          return JSON.parse(request.responseText) as {
            error?: { id: string; message: string; problems?: Array<{ field: string; message: string }> };
          };
        } catch {
          return null;
        }
      })();
      if (request.status >= 200 && request.status < 300) resolve(payload as T);
      else
        reject(
          new ApiError(
            request.status,
            payload?.error?.id ?? 'error',
            payload?.error?.message ?? request.statusText,
            payload?.error?.problems ?? [],
          ),
        );
    };
    request.send(body);
  });
}
