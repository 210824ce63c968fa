#!/usr/bin/env node
/**
 * `npm start`: build the web app and the server once — on the first start, and again only
 * when the sources changed since (a fresh clone, a `git pull`) — then run the server. The
 * build's fingerprint (the newest modification time of the sources) is kept in dist/.build-stamp.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stampFile = path.join(root, 'dist', '.build-stamp');
const SOURCES = ['src', 'package-lock.json', 'package.json', 'vite.config.ts', 'tsconfig.json'];

function newest(file) {
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(file).reduce(
    (latest, name) => Math.max(latest, newest(path.join(file, name))),
    stat.mtimeMs,
  );
}

const fingerprint = String(
  Math.max(
    ...SOURCES.map((name) => path.join(root, name))
      .filter(existsSync)
      .map(newest),
  ),
);
const built =
  existsSync(path.join(root, 'dist/server/main.js')) &&
  existsSync(path.join(root, 'dist/web/index.html')) &&
  existsSync(stampFile) &&
  readFileSync(stampFile, 'utf8') === fingerprint;
if (!built) {
  process.stdout.write('Building the web app and the server (once; again only after the sources change)…\n');
  const build = spawnSync('npm', ['run', 'build'], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
  writeFileSync(stampFile, fingerprint);
}

const server = spawn(process.execPath, ['--enable-source-maps', path.join(root, 'dist/server/main.js')], {
  cwd: process.cwd(),
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
