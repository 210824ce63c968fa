/**
 * What an export's file carried to MSIX (docs/rules/msix.md X8.2), read back from the file as
 * X7.2 writes it: for each inserted or updated child, the enrollments (date, school, withdrawal)
 * and the qualifying moves' QADs. A delete carries the last record sent, not new data, so it is
 * not read as sending anything.
 */
import Papa from 'papaparse';
import type { CalendarDate } from '../common/calendar-date';
import { MSIX_ELEMENTS } from './msix-elements';
import { MSIX_ACTION_CODES, MSIX_REPEAT_SEPARATOR } from './msix-file';

/** What one record of an export's file carried to MSIX. */
export interface MsixCarriedRecord {
  childKey: string;
  enrollments: Array<{
    enrollmentDate: CalendarDate;
    schoolId: string | null;
    withdrawalDate: CalendarDate | null;
  }>;
  qualifyingArrivalDates: CalendarDate[];
}

export interface MsixSentRecord extends MsixCarriedRecord {
  /** The state's calendar day the export was made. */
  exportDay: CalendarDate;
}

function header(cicloField: string): string {
  const element = MSIX_ELEMENTS.find((candidate) => candidate.cicloField === cicloField);
  if (!element) throw new Error(`No MSIX element holds ${cicloField}`);
  return `${element.number} ${element.name}`;
}

const COLUMNS = {
  enrollmentDate: header('enrollments[].enrollmentDate'),
  schoolId: header('enrollments[].schoolId'),
  withdrawalDate: header('enrollments[].withdrawalDate'),
  qad: header('qualifyingMoves[].qualifyingArrivalDate'),
};

/** A repeated cell's values in the record's order (X7.2); an empty cell is none. */
function values(cell: string | undefined): string[] {
  return cell ? cell.split(MSIX_REPEAT_SEPARATOR) : [];
}

/** `YYYYMMDD` (X0.2) as Ciclo's `YYYY-MM-DD`; empty is none. */
function dateOf(value: string | undefined): CalendarDate | null {
  return value && /^\d{8}$/.test(value)
    ? `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6)}`
    : null;
}

/** X8.2: the records an export's file carried (inserts and updates), in the file's order. */
export function msixCarriedRecords(fileText: string): MsixCarriedRecord[] {
  const parsed = Papa.parse<Record<string, string>>(fileText.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  const sending = new Set([MSIX_ACTION_CODES.insert, MSIX_ACTION_CODES.update]);
  return parsed.data
    .filter((row) => sending.has(row.Action ?? ''))
    .map((row) => {
      const withdrawals = values(row[COLUMNS.withdrawalDate]);
      const schools = values(row[COLUMNS.schoolId]);
      return {
        childKey: row['Child Key'] ?? '',
        enrollments: values(row[COLUMNS.enrollmentDate]).flatMap((value, index) => {
          const enrollmentDate = dateOf(value);
          return enrollmentDate
            ? [
                {
                  enrollmentDate,
                  schoolId: schools[index] || null,
                  withdrawalDate: dateOf(withdrawals[index]),
                },
              ]
            : [];
        }),
        qualifyingArrivalDates: values(row[COLUMNS.qad]).flatMap((value) => dateOf(value) ?? []),
      };
    });
}

/** X8.2: what an export's file carried, as sent on the day the export was made. */
export function msixSentRecords(fileText: string, exportDay: CalendarDate): MsixSentRecord[] {
  return msixCarriedRecords(fileText).map((record) => ({ exportDay, ...record }));
}
