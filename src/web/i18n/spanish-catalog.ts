/** The Spanish catalog: its own chunk, loaded by catalogs.ts `loadCatalog` when Spanish is chosen. */
import { mergeCatalogFiles, type Catalog } from './catalogs';

/** Spanish module files, for the completeness test. */
export const spanishFiles = import.meta.glob<Catalog>('./es/*.json', { eager: true, import: 'default' });
export const es = mergeCatalogFiles(spanishFiles);
