/**
 * The service code map (issue 11): a region's local service codes mapped to the state's service
 * codes, each mapping valid from a date until it is ended. One local code maps to one state code
 * on any given day.
 */
import type { CalendarDate } from '../common/calendar-date';
import type { FieldProblem } from '../common/domain-error';

export interface CodeMapping {
  localCode: string;
  stateCode: string;
  validFrom: CalendarDate;
  /** null: still in force. */
  validTo: CalendarDate | null;
}

const overlaps = (a: CodeMapping, b: CodeMapping) =>
  (a.validTo === null || b.validFrom <= a.validTo) && (b.validTo === null || a.validFrom <= b.validTo);

const describe = (m: CodeMapping) =>
  `${m.stateCode} from ${m.validFrom}${m.validTo ? ` to ${m.validTo}` : ''}`;

/**
 * Why a mapping may not be added beside the local code's others, or null: it must start no later
 * than it ends, and not overlap another mapping of the same local code.
 */
export function codeMappingProblem(
  mapping: CodeMapping,
  others: readonly CodeMapping[],
): FieldProblem | null {
  if (mapping.localCode.trim() === '') return { field: 'localCode', message: 'is required' };
  if (mapping.stateCode.trim() === '') return { field: 'stateCode', message: 'is required' };
  if (mapping.validTo !== null && mapping.validTo < mapping.validFrom)
    return { field: 'validTo', message: `${mapping.validTo} is before ${mapping.validFrom}` };
  const clash = others.find((other) => other.localCode === mapping.localCode && overlaps(other, mapping));
  if (clash)
    return {
      field: 'validFrom',
      message: `${mapping.localCode} is already mapped to ${describe(clash)}: end that mapping first`,
    };
  return null;
}

/** The state code a local code maps to on `date`, or undefined. */
export function stateCodeOn(
  mappings: readonly CodeMapping[],
  localCode: string,
  date: CalendarDate,
): string | undefined {
  return mappings.find(
    (m) => m.localCode === localCode && m.validFrom <= date && (m.validTo === null || date <= m.validTo),
  )?.stateCode;
}
