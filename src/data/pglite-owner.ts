import { closeSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * PGlite is one process's database: a second process opening the same folder writes over
 * the first one's pages and changes are lost without an error. So the process that opens a
 * folder owns it through a file holding its process id, and any other process is refused
 * while that process lives. A file left by a process that died (killed, crashed) is taken over.
 */
export class DatabaseInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly ownerPid: number,
  ) {
    super(
      `The embedded database in ${dataDir} is open in another Ciclo process (process ${ownerPid}), most likely the running server; ` +
        'only one process may open it at a time. Stop that process and run this again, or do the same through the running server: ' +
        'its web app, or its API (reference at /api/docs). Processes that must share a database use a PostgreSQL server (DATABASE_URL).',
    );
    this.name = 'DatabaseInUseError';
  }
}

/**
 * The owner file sits beside the folder, not in it: PGlite creates a database only in an
 * empty folder.
 */
export function ownerFileOf(dataDir: string): string {
  return `${path.resolve(dataDir)}.ciclo-owner`;
}

/** Whether a process with this id is running (EPERM: it runs under another user). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Make this process the owner of `dataDir`, or throw DatabaseInUseError.
 * @returns a function that gives the folder up
 */
export function claimDataDir(dataDir: string): () => void {
  const file = ownerFileOf(dataDir);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeFileSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const ownerPid = Number(readFileSync(file, 'utf8').trim());
    if (Number.isInteger(ownerPid) && ownerPid > 0 && ownerPid !== process.pid && isRunning(ownerPid))
      throw new DatabaseInUseError(dataDir, ownerPid);
    rmSync(file, { force: true });
  }
  throw new Error(`Could not take ownership of the embedded database in ${dataDir}; try again.`);
}
