import type { Command } from 'commander';
import { SDP_ACTIONS } from '../../core/plan-development/sdp-process';
import {
  getSdpDevelopment,
  listSdpDevelopmentsOf,
} from '../../usecases/plan-development/manage-sdp-development';
import { CLI_ACTOR } from '../../usecases/context';
import { withDatabase } from '../cli-database';

/** `ciclo sdp …`: the state's SDP development (docs/rules/plan-development.md). */
export function registerPlanDevelopmentCommands(program: Command): void {
  const sdp = program.command('sdp').description('The development of the State Service Delivery Plan');
  sdp
    .command('process')
    .description(
      'Print the SDP development process: phases, actions, activities, outcomes, personnel (PD1.1)',
    )
    .option('--json', 'as JSON')
    .action((opts: { json?: boolean }) => {
      if (opts.json) {
        console.log(JSON.stringify(SDP_ACTIONS, null, 2));
        return;
      }
      for (const action of SDP_ACTIONS) {
        console.log(`${action.key}  ${action.name.en}  (${action.personnel.en})`);
        for (const activity of action.activities) console.log(`    ${activity.key}  ${activity.text.en}`);
        for (const outcome of action.outcomes) console.log(`    outcome: ${outcome.en}`);
      }
    });
  sdp
    .command('check')
    .description(
      'Print each development’s missing links of the alignment chart and its checklist (PD2.3, PD3.2)',
    )
    .action(async () => {
      await withDatabase(async ({ db }) => {
        const ctx = { db, actor: CLI_ACTOR };
        const { items } = await listSdpDevelopmentsOf(ctx);
        if (items.length === 0) console.log('No SDP development is tracked.');
        for (const item of items) {
          const development = await getSdpDevelopment(ctx, item.id);
          console.log(
            `${development.name}: ${development.requirementsMet ? 'meets the requirements' : 'requirements not met'}`,
          );
          for (const gap of development.gaps)
            console.log(`  missing: ${gap.kind}${gap.code ? ` (${gap.code})` : ''}`);
          for (const element of development.checklist.filter((e) => e.required && !e.met))
            console.log(`  checklist: ${element.key} not met`);
        }
      });
    });
}
