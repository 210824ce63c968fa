/**
 * The English and Spanish catalogs: one JSON file per module in `en/` and `es/`, each with
 * its own top-level keys, merged into one catalog per language. English is in the bundle
 * (it is also the fallback); Spanish is a chunk of its own, fetched when it is chosen.
 */
export type Catalog = { [key: string]: string | Catalog };

/** The module files of one language merged into its catalog, in file-name order. */
export function mergeCatalogFiles(files: Record<string, Catalog>): Catalog {
  return Object.assign(
    {},
    ...Object.keys(files)
      .sort()
      .map((file) => files[file]),
  );
}

/** English module files, for the completeness test. */
export const englishFiles = import.meta.glob<Catalog>('./en/*.json', { eager: true, import: 'default' });
export const en = mergeCatalogFiles(englishFiles);

/** The catalog of `language`, loading it on first use. */
export async function loadCatalog(language: string): Promise<Catalog> {
  if (language === 'es') return (await import('./spanish-catalog')).es;
  return en;
}
