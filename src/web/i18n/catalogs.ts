/**
 * The English and Spanish catalogs: one JSON file per module in `en/` and `es/`, each with
 * its own top-level keys, merged into one catalog per language.
 */
export type Catalog = { [key: string]: string | Catalog };

const englishFiles = import.meta.glob<Catalog>('./en/*.json', { eager: true, import: 'default' });
const spanishFiles = import.meta.glob<Catalog>('./es/*.json', { eager: true, import: 'default' });

function merge(files: Record<string, Catalog>): Catalog {
  return Object.assign(
    {},
    ...Object.keys(files)
      .sort()
      .map((file) => files[file]),
  );
}

export const en = merge(englishFiles);
export const es = merge(spanishFiles);
/** Module files per language, for the completeness test. */
export const catalogFiles = { en: englishFiles, es: spanishFiles };
