import { describe, expect, it } from 'vitest';
import {
  CALENDAR_TASKS,
  DETAIL_TASKS,
  GLANCE_TASKS,
  calendarTask,
  type CalendarTask,
} from './calendar-tasks';
import { PROGRAM_YEAR_MONTHS } from './calendar-codes';

// Counted by hand in the source document (seed 000), month by month, July to June.
const GLANCE_COUNTS = { 7: 4, 8: 3, 9: 5, 10: 1, 11: 4, 12: 3, 1: 4, 2: 4, 3: 3, 4: 3, 5: 3, 6: 3 };
const DETAIL_COUNTS = { 7: 4, 8: 3, 9: 5, 10: 1, 11: 3, 12: 3, 1: 6, 2: 4, 3: 3, 4: 3, 5: 3, 6: 3 };
const STARRED_COUNTS = { 7: 0, 8: 0, 9: 0, 10: 0, 11: 0, 12: 0, 1: 3, 2: 3, 3: 2, 4: 2, 5: 1, 6: 2 };

const countByMonth = (tasks: readonly CalendarTask[]) =>
  Object.fromEntries(PROGRAM_YEAR_MONTHS.map((m) => [m, tasks.filter((task) => task.month === m).length]));

describe('the calendar of seed 000 as data (CA1)', () => {
  it('has every month’s actions of the first table', () => {
    expect(countByMonth(GLANCE_TASKS)).toEqual(GLANCE_COUNTS);
    expect(GLANCE_TASKS).toHaveLength(40);
  });

  it('has every month’s tasks of the second table, with the `*` tasks of application years', () => {
    expect(countByMonth(DETAIL_TASKS)).toEqual(DETAIL_COUNTS);
    expect(countByMonth(DETAIL_TASKS.filter((task) => task.applicationYear))).toEqual(STARRED_COUNTS);
    expect(DETAIL_TASKS).toHaveLength(41);
  });

  it('keeps the document’s order: the first table, then the second, each July to June', () => {
    expect(CALENDAR_TASKS.map((task) => task.table)).toEqual([
      ...Array<string>(40).fill('glance'),
      ...Array<string>(41).fill('detail'),
    ]);
    for (const table of [GLANCE_TASKS, DETAIL_TASKS]) {
      const order = table.map((task) => PROGRAM_YEAR_MONTHS.indexOf(task.month));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
    expect(GLANCE_TASKS[0]!.task.en).toBe('Enter service data for spring services.');
    expect(DETAIL_TASKS.at(-1)!.task.en).toBe('Monitor service implementation');
  });

  it('gives each task a unique key, text in English and Spanish, and the document’s sub-items and resources', () => {
    expect(new Set(CALENDAR_TASKS.map((task) => task.key)).size).toBe(CALENDAR_TASKS.length);
    for (const task of CALENDAR_TASKS)
      for (const text of [task.task, ...task.subItems, ...task.resources]) {
        expect(text.en.length).toBeGreaterThan(0);
        expect(text.es.length).toBeGreaterThan(0);
      }
    const monitor = calendarTask('detail-10-1')!;
    expect(monitor.subItems).toHaveLength(4);
    expect(monitor.resources.map((r) => r.en)).toEqual([
      'Regional Application',
      'District Applications (district service agreements or memorandum of understanding)',
      'Service Implementation Monitoring Log',
    ]);
    expect(calendarTask('detail-12-2')!.subItems).toHaveLength(3);
    expect(calendarTask('detail-07-4')!.resources).toEqual([]);
  });

  it('marks the grant-application tasks, and each glance action sums up detailed tasks of its own month', () => {
    expect(DETAIL_TASKS.filter((task) => task.grantApplication)).toHaveLength(12);
    expect(GLANCE_TASKS.filter((task) => task.grantApplication)).toHaveLength(10);
    for (const glance of GLANCE_TASKS)
      for (const key of glance.tracks)
        expect(calendarTask(key)?.month, `${glance.key} → ${key}`).toBe(glance.month);
    expect(GLANCE_TASKS.filter((task) => task.tracks.length === 0).map((task) => task.key)).toEqual([
      'glance-09-2',
      'glance-06-2',
    ]);
  });
});
