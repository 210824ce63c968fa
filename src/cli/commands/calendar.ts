import type { Command } from 'commander';
import { CALENDAR_TASKS, workplacePath } from '../../core/calendar/calendar-tasks';

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
}
