/**
 * Determinations per second of the eligibility engine on one core, for realistic interviews
 * (3–6 moves, 1–4 children), validation and trace included. Target: ≥ 200,000 per second.
 * Run: npx tsx bench/eligibility-engine.bench.ts [--count N]
 */
import { cpus } from 'node:os';
import { determineEligibility, determineValidInterview } from '../src/core/eligibility/determine-eligibility';
import { realisticInterviews } from './eligibility-interviews';

const countArg = process.argv.indexOf('--count');
const count = countArg > 0 ? Number(process.argv[countArg + 1]) : 200_000;
const interviews = realisticInterviews(count);
const children = interviews.reduce((sum, i) => sum + i.children.length, 0);

for (let i = 0; i < 20_000; i++) determineEligibility(interviews[i % interviews.length]); // warm up the JIT

/**
 * Best of five runs over every interview, in seconds, and the share of children found
 * eligible. The machines these run on are shared: the best run is the engine's own speed, and
 * the process's CPU time (all its threads) stays near it when other work slows the clock.
 */
function measure(
  determine: (interview: (typeof interviews)[number]) => { children: Array<{ eligible: boolean }> },
) {
  const runs: number[] = [];
  let bestCpu = Infinity;
  let eligible = 0;
  for (let run = 0; run < 5; run++) {
    eligible = 0;
    const start = process.hrtime.bigint();
    const cpuStart = process.cpuUsage();
    for (const interview of interviews)
      for (const child of determine(interview).children) if (child.eligible) eligible++;
    const cpu = process.cpuUsage(cpuStart);
    runs.push(Number(process.hrtime.bigint() - start) / 1e9);
    bestCpu = Math.min(bestCpu, (cpu.user + cpu.system) / 1e6);
  }
  return { best: Math.min(...runs), bestCpu, runs, eligible };
}

const perSecond = (n: number, seconds: number) => Math.round(n / seconds).toLocaleString('en-US');
const validated = measure((interview) => determineEligibility(interview));
const engineOnly = measure((interview) => determineValidInterview(interview));
console.log(
  `machine: ${cpus()[0]?.model ?? 'unknown'} (${cpus().length} cores), node ${process.version}, one thread`,
);
console.log(
  `interviews: ${count.toLocaleString('en-US')} (${children.toLocaleString('en-US')} children, ${((validated.eligible / children) * 100).toFixed(1)}% eligible)`,
);
for (const [label, result] of [
  ['validation + engine + trace', validated],
  ['engine + trace (validated interviews)', engineOnly],
] as const) {
  console.log(
    `${label}: runs ${result.runs.map((r) => r.toFixed(3)).join(', ')} s; ${perSecond(count, result.best)} interviews/s, ${perSecond(children, result.best)} child determinations/s (by CPU time: ${perSecond(children, result.bestCpu)}/s)`,
  );
}
