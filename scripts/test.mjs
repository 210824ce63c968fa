#!/usr/bin/env node
// `npm test`: every test of Ciclo, cheapest first. Safe to re-run.
//  1. type check, 2. lint, 3. unit + integration tests in UTC (PGlite, and PostgreSQL when
//  TEST_DATABASE_URL is set), 4. the date-sensitive tests again west and east of UTC,
//  5. browser tests in Debian's Chromium. Prints one closing line: `tests: N passed, M failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const started = Date.now();
const totals = { passed: 0, failed: 0, skipped: 0 };
let failedSteps = [];
mkdirSync('.tmp', { recursive: true });

function run(name, command, args, env = {}) {
  process.stdout.write(`\n▶ ${name}\n`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) failedSteps.push(name);
  return result.status === 0;
}

function vitest(name, args, env = {}) {
  const report = `.tmp/vitest-${name.replace(/\W+/g, '-')}.json`;
  rmSync(report, { force: true });
  run(name, 'npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile=${report}`], env);
  if (existsSync(report)) {
    const result = JSON.parse(readFileSync(report, 'utf8'));
    totals.passed += result.numPassedTests;
    totals.failed += result.numFailedTests;
    totals.skipped += result.numPendingTests + (result.numTodoTests ?? 0);
  }
}

run('type check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
run('lint', 'npx', ['eslint', '--max-warnings', '0', '.']);
vitest('unit and integration (TZ=UTC)', ['--project', 'unit', '--project', 'integration'], { TZ: 'UTC' });
for (const tz of ['America/Los_Angeles', 'Asia/Tokyo']) {
  vitest(`dates (TZ=${tz})`, ['src/core', 'tests/integration/dates.test.ts'], { TZ: tz });
}
if (existsSync(CHROMIUM)) {
  vitest('browser', ['--project', 'browser'], { TZ: 'UTC' });
} else {
  process.stdout.write(`\nBrowser tests skipped: Chromium not found at ${CHROMIUM} — install it with: apt-get install -y chromium\n`);
}

const seconds = Math.round((Date.now() - started) / 1000);
if (failedSteps.length > 0) process.stdout.write(`\nFailed steps: ${failedSteps.join(', ')}\n`);
process.stdout.write(`\nnpm test took ${seconds} s\n`);
process.stdout.write(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
process.exit(failedSteps.length > 0 || totals.failed > 0 ? 1 : 0);
