import type { Command } from 'commander';
import { CALENDAR_TASKS, workplacePath } from '../../core/calendar/calendar-tasks';
import { programYearLabel } from '../../core/calendar/program-year';
import { DomainError } from '../../core/common/domain-error';
import { getCalendarSettings, setCalendarSettings } from '../../usecases/calendar/calendar-settings';
import { openProgramYearOfRegionNumber } from '../../usecases/calendar/open-program-year';
import { CLI_ACTOR } from '../../usecases/context';
import { withDatabase } from '../cli-database';

/** A whole number from an option, or a 400-style refusal naming the option. */
function wholeNumber(option: string, text: string): number {
  if (!/^\d{1,4}$/.test(text)) throw DomainError.invalidField(option, `${text} is not a whole number`);
  return Number(text);
}

const MONTH_NAMES = [
  'Jan.',
  'Feb.',
  'Mar.',
  'April',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
];

/** `ciclo calendar …`: the annual continuous-improvement calendar (docs/rules/calendar.md). */
export function registerCalendarCommands(program: Command): void {
  const calendar = program.command('calendar').description('The annual continuous-improvement calendar');
  calendar
    .command('tasks')
    .description('Print every task of both tables of the calendar, in the source document’s order (CA1.2)')
    .option(
      '--json',
      'as JSON: month, task, sub-items, resources, the `*` mark and the grant-application flag',
    )
    .action((opts: { json?: boolean }) => {
      if (opts.json) {
        const tasks = CALENDAR_TASKS.map((task) => ({ ...task, workplacePath: workplacePath(task) }));
        console.log(JSON.stringify(tasks, null, 2));
        return;
      }
      let table = '';
      for (const task of CALENDAR_TASKS) {
        if (task.table !== table) {
          table = task.table;
          console.log(table === 'glance' ? '\nActions at a glance' : '\nTasks and resources by month');
        }
        const month = `${MONTH_NAMES[task.month - 1]!}${task.applicationYear ? '*' : ''}`;
        console.log(
          `${month.padEnd(7)} ${task.task.en}${task.grantApplication ? '  [grant application]' : ''}`,
        );
        for (const item of task.subItems) console.log(`          · ${item.en}`);
        for (const resource of task.resources) console.log(`          resource: ${resource.en}`);
      }
    });
  calendar
    .command('application-years')
    .description('Print the program years when the grant application is due (CA1.3); with --set, change them')
    .option('--set <years>', 'the program years by their July, comma separated: 2026,2029 (empty for none)')
    .action(async (opts: { set?: string }) => {
      await withDatabase(async ({ db }) => {
        const ctx = { db, actor: CLI_ACTOR };
        const settings =
          opts.set === undefined
            ? await getCalendarSettings(ctx)
            : await setCalendarSettings(ctx, {
                applicationYears: opts.set
                  .split(',')
                  .filter((part) => part.trim() !== '')
                  .map((part) => wholeNumber('--set', part.trim())),
              });
        console.log(
          settings.applicationYears.length > 0
            ? `Application years: ${settings.applicationYears.map(programYearLabel).join(', ')}`
            : 'No application year is set.',
        );
      });
    });
  calendar
    .command('open-year')
    .description(
      'Open a region’s program year (CA2.2): add the items it lacks, the * tasks only in an application year',
    )
    .requiredOption('--region <number>', 'the region’s number (1–23)')
    .requiredOption('--year <year>', 'the program year by its July: 2026 for 2026–27')
    .action(async (opts: { region: string; year: string }) => {
      await withDatabase(async ({ db }) => {
        const opened = await openProgramYearOfRegionNumber(
          { db, actor: CLI_ACTOR },
          {
            regionNumber: wholeNumber('--region', opts.region),
            programYear: wholeNumber('--year', opts.year),
          },
        );
        console.log(
          `Region ${opts.region}, ${programYearLabel(Number(opts.year))}: ${opened.added} items added` +
            (opened.applicationYear ? ' (an application year).' : '.'),
        );
      });
    });
}
