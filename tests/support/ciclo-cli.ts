import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from './eligibility-cases';
import type { FreshDatabase } from './fresh-databases';

const run = promisify(execFile);

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * `ciclo ARGS` as a user runs it (node bin/ciclo.mjs), on an embedded database of its own in a
 * scratch folder (never the server of DATABASE_URL); a failure is a result with its status, not
 * a throw. `remove` deletes the folder.
 */
export function cicloInScratch(name: string): {
  ciclo: (args: string[]) => Promise<CliResult>;
  remove: () => void;
} {
  const dataDir = mkdtempSync(path.join(tmpdir(), `ciclo-${name}-`));
  const env: NodeJS.ProcessEnv = { ...process.env, CICLO_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  const ciclo = (args: string[]) => runCiclo(args, env);
  return { ciclo, remove: () => rmSync(dataDir, { recursive: true, force: true }) };
}

/** `ciclo ARGS` as a user runs it, on a test's fresh database (the server's, or an embedded one); a failure is a result with its status, not a throw. */
export async function cicloOn(database: FreshDatabase, args: string[]): Promise<CliResult> {
  const env = database.connection.url
    ? { DATABASE_URL: database.connection.url }
    : { DATABASE_URL: '', CICLO_DATA_DIR: database.connection.dataDir! };
  return runCiclo(args, { ...process.env, ...env });
}

async function runCiclo(args: string[], env: NodeJS.ProcessEnv): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run('node', ['bin/ciclo.mjs', ...args], {
      cwd: repoRoot,
      env,
      maxBuffer: 16 * 1024 * 1024,
    });
    return { status: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { status: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
