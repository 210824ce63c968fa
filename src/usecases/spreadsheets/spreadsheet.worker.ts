import { parentPort, workerData } from 'node:worker_threads';
import { parseCsv } from './parse-csv';
import { parseXlsx } from './parse-xlsx';
import { SpreadsheetRefusal, type SheetRows } from './spreadsheet-limits';

/** What read-spreadsheet.ts asks this worker to read. */
export interface SpreadsheetJob {
  fileName: string;
  bytes: Uint8Array;
  format: 'csv' | 'xlsx';
  sheets: 'first' | 'all';
}

/** What the worker answers: the sheets, or why the file is refused. */
export type SpreadsheetOutcome = { sheets: SheetRows[] } | { refusal: string };

async function read(job: SpreadsheetJob): Promise<SpreadsheetOutcome> {
  const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
  try {
    if (job.format === 'csv')
      return { sheets: [{ name: job.fileName, rows: parseCsv(job.fileName, bytes) }] };
    return { sheets: await parseXlsx(job.fileName, bytes, job.sheets) };
  } catch (error) {
    if (error instanceof SpreadsheetRefusal) return { refusal: error.message };
    throw error;
  }
}

// an error other than a refusal is left unhandled, so the worker fails with it (its 'error' event)
void read(workerData as SpreadsheetJob).then((outcome) => parentPort?.postMessage(outcome));
