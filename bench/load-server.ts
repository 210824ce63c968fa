/**
 * The server as a separate process for the load test: compiled once with esbuild (the same
 * options as `npm run build:server`, into .tmp/ so a build by someone else is not disturbed),
 * started on a fresh PostgreSQL database, stopped at the end.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** Compile src/server/main.ts to JavaScript; returns the path of main.js. */
export async function compileServer(outName: string): Promise<string> {
  const outdir = path.join(repoRoot, '.tmp', outName);
  await build({
    entryPoints: [path.join(repoRoot, 'src/server/main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    outbase: path.join(repoRoot, 'src'),
    outdir,
    logLevel: 'warning',
  });
  return path.join(outdir, 'server/main.js');
}

export interface ServerProcess {
  baseUrl: string;
  process: ChildProcess;
  /** Everything the server wrote, for a report when it fails. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Start the compiled server with `env` (DATABASE_URL, CICLO_DEMO_CHILDREN…) on `port` and wait
 * until it answers /api/health (the first start loads the demo dataset, hence the long wait).
 */
export async function startServer(
  mainJs: string,
  port: number,
  env: Record<string, string>,
  timeoutMs = 600_000,
): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--enable-source-maps', mainJs], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the server did not answer within ${timeoutMs / 1000} s:\n${output}`);
    }
    const healthy = await fetch(`${baseUrl}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy && output.includes('Ciclo is running')) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    baseUrl,
    process: child,
    output: () => output,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}
