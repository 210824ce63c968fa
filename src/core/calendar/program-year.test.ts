import { describe, expect, it } from 'vitest';
import { calendarTask } from './calendar-tasks';
import {
  dueDateOf,
  generateProgramYear,
  glanceStatus,
  isOverdue,
  programYearLabel,
  programYearOf,
  type ItemStatus,
} from './program-year';

describe('a region’s program year (CA2)', () => {
  it('runs July to June, named by its July', () => {
    expect(programYearOf('2026-07-01')).toBe(2026);
    expect(programYearOf('2027-06-30')).toBe(2026);
    expect(programYearOf('2026-06-30')).toBe(2025);
    expect(programYearLabel(2026)).toBe('2026–27');
    expect(programYearLabel(2099)).toBe('2099–00');
  });

  it('is due on the last day of the task’s month', () => {
    expect(dueDateOf(2026, 7)).toBe('2026-07-31');
    expect(dueDateOf(2026, 2)).toBe('2027-02-28');
    expect(dueDateOf(2027, 2)).toBe('2028-02-29');
    expect(dueDateOf(2026, 6)).toBe('2027-06-30');
  });

  it('in a year without the application holds every task but the `*` ones', () => {
    const items = generateProgramYear(2026, [2027]);
    expect(items).toHaveLength(41 - 13 + 2);
    expect(items.some((item) => calendarTask(item.taskKey)!.applicationYear)).toBe(false);
    expect(items[0]).toEqual({ taskKey: 'detail-07-1', month: 7, dueOn: '2026-07-31' });
    expect(items.at(-1)).toMatchObject({ taskKey: 'glance-06-2', dueOn: '2027-06-30' });
    expect(items.filter((item) => item.month === 1).map((item) => item.taskKey)).toEqual([
      'detail-01-4',
      'detail-01-5',
      'detail-01-6',
    ]);
  });

  it('in an application year holds the `*` tasks too', () => {
    const items = generateProgramYear(2027, [2025, 2027]);
    expect(items).toHaveLength(41 + 2);
    expect(items.filter((item) => calendarTask(item.taskKey)!.applicationYear)).toHaveLength(13);
    expect(items.filter((item) => item.month === 1).map((item) => item.taskKey)).toEqual([
      'detail-01-1',
      'detail-01-2',
      'detail-01-3',
      'detail-01-4',
      'detail-01-5',
      'detail-01-6',
    ]);
    expect(items.find((item) => item.taskKey === 'detail-03-1')!.dueOn).toBe('2028-03-31');
  });

  it('is overdue past its due date unless done or not applicable', () => {
    const item = (status: ItemStatus) => ({ dueOn: '2026-09-30', status });
    expect(isOverdue(item('not_started'), '2026-10-01')).toBe(true);
    expect(isOverdue(item('in_progress'), '2026-10-01')).toBe(true);
    expect(isOverdue(item('done'), '2026-10-01')).toBe(false);
    expect(isOverdue(item('not_applicable'), '2026-10-01')).toBe(false);
    expect(isOverdue(item('not_started'), '2026-09-30')).toBe(false);
  });

  it('shows a glance action’s status from the items it sums up', () => {
    const january = calendarTask('glance-01-1')!; // three `*` tasks
    const statuses = (map: Record<string, ItemStatus>) => (key: string) => map[key];
    expect(glanceStatus(january, statuses({}))).toBe('absent');
    const all = (s: ItemStatus) => ({ 'detail-01-1': s, 'detail-01-2': s, 'detail-01-3': s });
    expect(glanceStatus(january, statuses(all('not_started')))).toBe('not_started');
    expect(glanceStatus(january, statuses(all('done')))).toBe('done');
    expect(glanceStatus(january, statuses(all('not_applicable')))).toBe('not_applicable');
    expect(glanceStatus(january, statuses({ ...all('not_started'), 'detail-01-2': 'done' }))).toBe(
      'in_progress',
    );
    expect(glanceStatus(january, statuses({ ...all('done'), 'detail-01-2': 'not_applicable' }))).toBe('done');
    const inas = calendarTask('glance-09-2')!; // tracked by itself
    expect(glanceStatus(inas, statuses({ 'glance-09-2': 'in_progress' }))).toBe('in_progress');
  });
});
