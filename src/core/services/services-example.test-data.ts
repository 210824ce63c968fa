/**
 * The case folders of tests/cases/services (the contract's example, and the edge cases worked
 * by hand), read for the core's tests. The core does no I/O, so the files come in as the
 * bundler's raw imports rather than through fs.
 */
import { readServicesFolder } from './read-services-folder';
import type { ServiceRecords } from './service-records';

const sampleFiles = import.meta.glob<string>('../../../tests/cases/services/sample/*', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const edgeFiles = import.meta.glob<string>('../../../tests/cases/services/edges/folder/*', {
  query: '?raw',
  import: 'default',
  eager: true,
});

function byName(files: Record<string, string>): Map<string, string> {
  return new Map(Object.entries(files).map(([path, text]) => [path.slice(path.lastIndexOf('/') + 1), text]));
}

/** The contract example's records (tests/cases/services/sample). */
export function exampleFolder(): ServiceRecords {
  return readServicesFolder(byName(sampleFiles));
}

/** The hand-worked edge cases' records (tests/cases/services/edges/folder). */
export function edgesFolder(): ServiceRecords {
  return readServicesFolder(byName(edgeFiles));
}

/** The expected reports of the edge cases, by file name. */
export const edgesExpected = Object.fromEntries(
  Object.entries(
    import.meta.glob<unknown>('../../../tests/cases/services/edges/expected.*.json', {
      import: 'default',
      eager: true,
    }),
  ).map(([path, json]) => [path.slice(path.lastIndexOf('/') + 1), json]),
);
