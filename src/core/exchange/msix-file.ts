/**
 * The export file (docs/rules/msix.md X7.2): Ciclo's own CSV layout until MSIX's published
 * layout is confirmed. One row per change: the action code, the child key, then one column per
 * Minimum Data Element named by its MSIX number and name, in MSIX's notation.
 */
import type { MsixAction, MsixChange } from './msix-changes';
import { MSIX_ELEMENTS, msixYesNo, type MsixElement } from './msix-elements';
import type { MsixChildRecord } from './msix-record';

/** X7.2: the action codes of the file. */
export const MSIX_ACTION_CODES: Record<MsixAction, string> = { insert: 'I', update: 'U', delete: 'D' };

/** X7.2: several moves' or enrollments' values in one cell, in the record's order. */
export const MSIX_REPEAT_SEPARATOR = ';';

export function msixFileHeader(): string[] {
  return ['Action', 'Child Key', ...MSIX_ELEMENTS.map((element) => `${element.number} ${element.name}`)];
}

/** X0.2: a date as YYYYMMDD, an indicator as Yes or No, text as held; nothing held is empty. */
function written(element: MsixElement, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return msixYesNo(value);
  const text = String(value);
  return element.format.kind === 'date' ? text.replaceAll('-', '') : text;
}

function valueAt(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || current === undefined || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** The element's cell: a field of the record, or of each move or enrollment (`enrollments[].gradeLevel`). */
function cell(element: MsixElement, record: MsixChildRecord): string {
  if (element.cicloField === null) return '';
  const repeated = /^(\w+)\[\]\.(.+)$/.exec(element.cicloField);
  if (!repeated) return written(element, valueAt(record, element.cicloField.split('.')));
  const items = (record as unknown as Record<string, unknown>)[repeated[1]!];
  if (!Array.isArray(items) || items.length === 0) return '';
  const values = items.map((item) => written(element, valueAt(item, repeated[2]!.split('.'))));
  return values.every((value) => value === '') ? '' : values.join(MSIX_REPEAT_SEPARATOR);
}

/** X7.2: a change's row; a delete carries the last record sent. */
export function msixFileRow(change: MsixChange): string[] {
  const record = change.record ?? change.previous!;
  return [
    MSIX_ACTION_CODES[change.action],
    change.childKey,
    ...MSIX_ELEMENTS.map((element) => cell(element, record)),
  ];
}
