import type { Command } from 'commander';
import { commandGroup } from '../command-group';
import { DomainError } from '../../core/common/domain-error';
import { loadDemoDataset } from '../../usecases/demo/load-demo-dataset';
import { withDatabase } from '../cli-database';

/** `ciclo demo load`: the realistic demo dataset, deterministic from a seed. */
export function registerDemoLoadCommand(program: Command): void {
  const demo = commandGroup(program, 'demo', 'The demo dataset');
  demo
    .command('load')
    .description(
      'Load California regions, districts, schools, a user per role and families with children into an empty database',
    )
    .option('--children <n>', 'children to generate, 1,000 to 500,000', '5000')
    .option('--seed <s>', 'the same seed gives the same dataset', '1')
    .action(async (opts: { children: string; seed: string }) => {
      const children = Number(opts.children.replace(/[,_]/g, ''));
      if (!Number.isInteger(children) || children < 1_000 || children > 500_000)
        throw DomainError.invalidField('--children', 'must be a whole number from 1,000 to 500,000');
      const seed = Number(opts.seed);
      if (!Number.isInteger(seed)) throw DomainError.invalidField('--seed', 'must be a whole number');
      const started = Date.now();
      await withDatabase(async ({ db }) => {
        let lastPercent = -1;
        const summary = await loadDemoDataset(db, {
          children,
          seed,
          onProgress: (done, total) => {
            const percent = Math.floor((done / total) * 100);
            if (percent !== lastPercent && percent % 5 === 0)
              process.stderr.write(`Demo dataset: ${percent}% (${done.toLocaleString('en-US')} children)\n`);
            lastPercent = percent;
          },
        });
        console.log(
          `Loaded ${summary.children.toLocaleString('en-US')} children in ${summary.families.toLocaleString('en-US')} families (${summary.eligibleChildren.toLocaleString('en-US')} eligible, ${summary.approvedCoes.toLocaleString('en-US')} approved COEs), ` +
            `${summary.regions} regions, ${summary.districts} districts, ${summary.schools} schools in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
        );
      });
    });
}
