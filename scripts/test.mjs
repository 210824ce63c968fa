#!/usr/bin/env node
// `npm test`: every test of Ciclo, cheapest first. Safe to re-run.
//  1. type check, 2. lint and formatting, 3. unit + integration tests in UTC (PGlite, and PostgreSQL when
//  TEST_DATABASE_URL is set), 4. the date-sensitive tests again west and east of UTC,
//  5. browser tests in Debian's Chromium. Prints one closing line: `tests: N passed, M failed`.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const started = Date.now();
const totals = { passed: 0, failed: 0, skipped: 0, failedSuites: 0 };
const failedSteps = [];
mkdirSync('.tmp', { recursive: true });

/** The end of each failed step's output, printed again last so that a CI log's tail says why. */
const whyFailed = [];

async function run(name, command, args, env = {}) {
  process.stdout.write(`\n▶ ${name}\n`);
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  // The last 400 kB or so of the output, kept as chunks (Vitest prints its failures last).
  const chunks = [];
  let kept = 0;
  const keep = (chunk) => {
    chunks.push(chunk);
    kept += chunk.length;
    while (kept - chunks[0].length > 400_000) kept -= chunks.shift().length;
  };
  child.stdout.on('data', (chunk) => (process.stdout.write(chunk), keep(chunk)));
  child.stderr.on('data', (chunk) => (process.stderr.write(chunk), keep(chunk)));
  const [status, signal] = await new Promise((resolve) =>
    child.on('close', (code, sig) => resolve([code, sig])),
  );
  if (status !== 0) {
    failedSteps.push(name);
    whyFailed.push(
      `${name}: exited with ${signal ? `signal ${signal}` : `status ${status}`}\n${failureSections(Buffer.concat(chunks).toString('utf8'))}`,
    );
  }
}

/** Vitest's sections on failures and unhandled errors, or else the last lines of the output. */
function failureSections(output) {
  const lines = stripVTControlCharacters(output).split('\n');
  const start = lines.findIndex(
    (line) => /⎯ (Failed|Unhandled)/.test(line) || /^\s*(Error|TypeError):/.test(line),
  );
  const picked = start >= 0 ? lines.slice(start, start + 120) : lines.slice(-40);
  return picked.join('\n');
}

async function vitest(name, args, env = {}) {
  const report = `.tmp/vitest-${name.replace(/\W+/g, '-')}.json`;
  rmSync(report, { force: true });
  await run(
    name,
    'npx',
    ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile=${report}`],
    env,
  );
  if (existsSync(report)) {
    const result = JSON.parse(readFileSync(report, 'utf8'));
    totals.passed += result.numPassedTests;
    totals.failed += result.numFailedTests;
    totals.failedSuites += result.numFailedTestSuites;
    totals.skipped += result.numPendingTests + (result.numTodoTests ?? 0);
  }
}

await run('type check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
await run('lint', 'npx', ['eslint', '--max-warnings', '0', '.']);
await run('format', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']);
await vitest('unit and integration (TZ=UTC)', ['--project', 'unit', '--project', 'integration'], {
  TZ: 'UTC',
});
for (const tz of ['America/Los_Angeles', 'Asia/Tokyo']) {
  await vitest(`dates (TZ=${tz})`, ['src/core', 'tests/integration/dates.test.ts'], { TZ: tz });
}
if (existsSync(CHROMIUM)) {
  await vitest('browser', ['--project', 'browser'], { TZ: 'UTC' });
} else {
  process.stdout.write(
    `\nBrowser tests skipped: Chromium not found at ${CHROMIUM} — install it with: apt-get install -y chromium\n`,
  );
}

const seconds = Math.round((Date.now() - started) / 1000);
if (failedSteps.length > 0)
  process.stdout.write(
    `\nWhy steps failed:\n${whyFailed.join('\n\n')}\n\nFailed steps: ${failedSteps.join(', ')}\n`,
  );
if (totals.failedSuites > 0)
  process.stdout.write(`\n${totals.failedSuites} suites failed (a hook or an import, when no test did)\n`);
process.stdout.write(`\nnpm test took ${seconds} s\n`);
process.stdout.write(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
process.exit(failedSteps.length > 0 || totals.failed > 0 ? 1 : 0);
