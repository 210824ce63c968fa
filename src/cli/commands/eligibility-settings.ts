import type { Command } from 'commander';
import { DomainError } from '../../core/common/domain-error';
import { commandGroup } from '../command-group';
import { CLI_ACTOR } from '../../usecases/context';
import { changeEligibilitySettings } from '../../usecases/eligibility/change-eligibility-settings';
import { previewEligibilitySettings } from '../../usecases/eligibility/preview-eligibility-settings';
import {
  changeDeviceKeeping,
  stateDeviceKeeping,
  versionedDeviceKeeping,
} from '../../usecases/eligibility/device-keeping';
import {
  stateEligibilitySettings,
  versionedEligibilitySettings,
} from '../../usecases/eligibility/state-eligibility-settings';
import { withDatabase } from '../cli-database';
import { readJsonFile } from '../input-files';

/**
 * A setting is saved at the version just read, so the commands change it as before; when a
 * state administrator saved it in between, the refusal says so plainly.
 */
export async function saveAtVersionRead<T>(save: () => Promise<T>): Promise<T> {
  try {
    return await save();
  } catch (error) {
    if (error instanceof DomainError && error.code === 'conflict')
      throw new DomainError(
        'conflict',
        'someone else changed these settings while this command ran; nothing was saved: run it again',
      );
    throw error;
  }
}

/**
 * `ciclo settings eligibility [--set FILE.json | --preview FILE.json]`: print the state's
 * eligibility settings, change them and re-determine every stored child, or say what that
 * change would re-determine without saving anything.
 */
export function registerEligibilitySettingsCommand(program: Command): void {
  const settings = commandGroup(program, 'settings', "The state's settings");
  settings
    .command('eligibility')
    .description(
      "Print the state's eligibility settings; with --set, change them and re-determine every child of an approved COE",
    )
    .option(
      '--set <file.json>',
      'settings as in the eligibility contract (FORMAT.md "Settings"); values absent keep California’s',
    )
    .option(
      '--preview <file.json>',
      'say how many stored children --set with this file would re-determine, saving nothing',
    )
    .action(async (opts: { set?: string; preview?: string }) => {
      const input = opts.set ? readJsonFile(opts.set, '--set') : undefined;
      const previewed = opts.preview ? readJsonFile(opts.preview, '--preview') : undefined;
      await withDatabase(async ({ db }) => {
        if (previewed !== undefined) {
          const r = (await previewEligibilitySettings({ db, actor: CLI_ACTOR }, previewed)).redetermined;
          console.log(
            `Nothing saved. These settings would re-determine ${r.children.toLocaleString('en-US')} children of ${r.coes.toLocaleString('en-US')} approved COEs: ` +
              `${r.changed.toLocaleString('en-US')} would change (${r.nowEligible.toLocaleString('en-US')} would become eligible, ${r.noLongerEligible.toLocaleString('en-US')} would no longer be eligible).`,
          );
          return;
        }
        if (input === undefined) {
          console.log(JSON.stringify(await stateEligibilitySettings(db), null, 2));
          return;
        }
        const { version } = await versionedEligibilitySettings(db);
        const change = await saveAtVersionRead(() =>
          changeEligibilitySettings({ db, actor: CLI_ACTOR }, input, version, (done) =>
            process.stderr.write(
              `Re-determined ${done.children.toLocaleString('en-US')} children of ${done.coes.toLocaleString('en-US')} COEs\n`,
            ),
          ),
        );
        const r = change.redetermined;
        console.log(
          `Settings saved. Re-determined ${r.children.toLocaleString('en-US')} children of ${r.coes.toLocaleString('en-US')} approved COEs in ${change.seconds.toFixed(1)} s: ` +
            `${r.changed.toLocaleString('en-US')} changed (${r.nowEligible.toLocaleString('en-US')} now eligible, ${r.noLongerEligible.toLocaleString('en-US')} no longer eligible).`,
        );
      });
    });

  settings
    .command('device-keeping')
    .description(
      "Print how many days a recruiter's device keeps an interview draft or a waiting COE after it was last saved; with --days, change it",
    )
    .option('--days <n>', 'a whole number of days from 1 to 90')
    .action(async (opts: { days?: string }) => {
      await withDatabase(async ({ db }) => {
        const days = opts.days === undefined ? undefined : Number(opts.days);
        const keeping =
          days === undefined
            ? await stateDeviceKeeping(db)
            : await saveAtVersionRead(async () => {
                const { version } = await versionedDeviceKeeping(db);
                return changeDeviceKeeping({ db, actor: CLI_ACTOR }, { days }, version);
              });
        console.log(`A device keeps children's records ${keeping.days} days after they were last saved.`);
      });
    });
}
