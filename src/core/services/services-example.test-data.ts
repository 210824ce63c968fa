/**
 * The contract's example folder (tests/cases/services/sample), read for the core's tests. The
 * core does no I/O, so the files come in as the bundler's raw imports rather than through fs.
 */
import { readServicesFolder } from './read-services-folder';
import type { ServiceRecords } from './service-records';

const sampleFiles = import.meta.glob<string>('../../../tests/cases/services/sample/*', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The example folder's files by name (`plan.json` → its text). */
export function exampleFiles(): Map<string, string> {
  return new Map(
    Object.entries(sampleFiles).map(([path, text]) => [path.slice(path.lastIndexOf('/') + 1), text]),
  );
}

/** The example folder's records. */
export function exampleFolder(): ServiceRecords {
  return readServicesFolder(exampleFiles());
}
