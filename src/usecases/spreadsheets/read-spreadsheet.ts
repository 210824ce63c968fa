import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DomainError } from '../../core/common/domain-error';
import type { SheetRows } from './spreadsheet-limits';
import type { SpreadsheetJob, SpreadsheetOutcome } from './spreadsheet.worker';

/** The worker's heap, a backstop behind the limits on rows, columns, cells and inflated bytes. */
const WORKER_HEAP_MB = 1024;
/** Files read at once; more wait their turn, so that many uploads cannot exhaust the memory. */
const WORKERS_AT_ONCE = 2;
let running = 0;
const waiting: Array<() => void> = [];

/**
 * An uploaded list as rows of text (the header first): a CSV, or the first sheet of an XLSX.
 * Read in a worker thread, so the server keeps answering meanwhile.
 * @throws DomainError `invalid_input` on `file` naming the file and the limit or the problem.
 */
export async function spreadsheetRows(fileName: string, content: Uint8Array): Promise<string[][]> {
  const format = /\.xlsx$/i.test(fileName) ? 'xlsx' : 'csv';
  const [sheet] = await readInWorker({ fileName, bytes: content, format, sheets: 'first' });
  return sheet?.rows ?? [];
}

/** Every sheet of an XLSX workbook as rows of text, read in a worker thread. */
export async function workbookSheets(fileName: string, content: Uint8Array): Promise<SheetRows[]> {
  return readInWorker({ fileName, bytes: content, format: 'xlsx', sheets: 'all' });
}

async function readInWorker(job: SpreadsheetJob): Promise<SheetRows[]> {
  // a finished read hands its turn to the next one waiting
  if (running < WORKERS_AT_ONCE) running += 1;
  else await new Promise<void>((resolve) => waiting.push(resolve));
  let outcome: SpreadsheetOutcome;
  try {
    outcome = await runWorker(job);
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  }
  if ('refusal' in outcome) throw DomainError.invalidField('file', outcome.refusal);
  return outcome.sheets;
}

function runWorker(job: SpreadsheetJob): Promise<SpreadsheetOutcome> {
  return new Promise<SpreadsheetOutcome>((resolve, reject) => {
    const worker = startWorker(job);
    worker.once('message', (message: SpreadsheetOutcome) => resolve(message));
    worker.once('error', (error: Error & { code?: string }) =>
      error.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? resolve({ refusal: `${job.fileName} is too large to read` })
        : reject(error),
    );
    worker.once('exit', (code) => reject(new Error(`the spreadsheet worker stopped (exit code ${code})`)));
  });
}

/**
 * Under tsx or Vitest this module is TypeScript and so is the worker, loaded through tsx;
 * in the server's esbuild bundle (dist/server/main.js, dist/cli/main.js) the worker is its own
 * entry point, dist/usecases/spreadsheets/spreadsheet.worker.js.
 */
function startWorker(job: SpreadsheetJob): Worker {
  const options = { workerData: job, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } };
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL('../usecases/spreadsheets/spreadsheet.worker.js', import.meta.url), options);
  const worker = new URL('./spreadsheet.worker.ts', import.meta.url).href;
  // tsx's ES module API (require.resolve finds its CommonJS twin, whose tsImport cannot load ESM)
  const tsxApi = createRequire(import.meta.url)
    .resolve('tsx/esm/api')
    .replace(/\.cjs$/, '.mjs');
  const tsx = pathToFileURL(tsxApi).href;
  const load = `import(${JSON.stringify(tsx)}).then((tsx) => tsx.tsImport(${JSON.stringify(worker)}, ${JSON.stringify(worker)}))`;
  return new Worker(load, { ...options, eval: true });
}
