/** A file to upload: its form field (default `file`), its name and its content. */
export interface FormFile {
  field?: string;
  name: string;
  content: string | Uint8Array;
}

/**
 * A multipart/form-data body as the upload routes take it: text fields (objects sent as JSON)
 * and files. HttpSession.request and app.inject send a FormData as multipart.
 */
export function uploadForm(fields: Record<string, unknown>, files: readonly FormFile[]): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields))
    if (value !== undefined) form.append(name, typeof value === 'string' ? value : JSON.stringify(value));
  for (const file of files)
    form.append(
      file.field ?? 'file',
      new Blob([typeof file.content === 'string' ? file.content : new Uint8Array(file.content)]),
      file.name,
    );
  return form;
}

/** The form of a Dashboard upload (POST /api/da/imports): files by name, and the year if given. */
export function dashboardForm(files: Record<string, string | Uint8Array>, year?: number): FormData {
  return uploadForm(
    { year: year === undefined ? undefined : String(year) },
    Object.entries(files).map(([name, content]) => ({ field: 'files', name, content })),
  );
}
