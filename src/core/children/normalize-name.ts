/**
 * Names for search: lower case, accents removed, hyphens and punctuation as spaces, single
 * spaces. The stored name is never changed; only this search form is.
 */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9ñ]+/g, ' ')
    .trim();
}

/** The search form of a person's name parts (children.search_name). */
export function searchNameOf(name: {
  firstName: string;
  middleName?: string | null;
  lastSurname: string;
  secondSurname?: string | null;
}): string {
  return normalizeForSearch(
    [name.firstName, name.middleName, name.lastSurname, name.secondSurname].filter(Boolean).join(' '),
  );
}
