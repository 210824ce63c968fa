/**
 * A region's applications for a program year (docs/rules/monitoring.md MN2): the regional
 * application and each reimbursable district's DSA or MOU, with the lines they fund.
 */
import { DomainError } from '../common/domain-error';
import type { ApplicationKind, FundingResource } from '../services/service-records';

export const APPLICATION_STATUSES = ['draft', 'submitted', 'approved', 'revised'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** One funded line: its funding resource and amount, and the strategies and services it carries out (MN2.2). */
export interface ApplicationLine {
  /** The line's label in the application (`1`, `2a`). */
  label: string;
  description: string;
  fundingResource: FundingResource;
  /** Dollars, with cents. */
  amount: number;
  strategies: string[];
  serviceIds: string[];
}

export interface ApplicationContent {
  kind: ApplicationKind;
  /** Null for the regional application; the district for a DSA or MOU. */
  districtId: string | null;
  programYear: string;
  lines: ApplicationLine[];
}

/** `2026-27`: the program year from July 2026 to June 2027 (MN2.1). */
export const PROGRAM_YEAR = /^(\d{4})-(\d{2})$/;

/** Whether `text` names a program year: two consecutive years, `2026-27`. */
export function isProgramYear(text: string): boolean {
  const match = PROGRAM_YEAR.exec(text);
  if (!match) return false;
  return (Number(match[1]) + 1) % 100 === Number(match[2]);
}

/** The first and last day of a program year (July 1 to June 30, MN2.1). */
export function programYearDates(year: string): { from: string; to: string } {
  const start = Number(year.slice(0, 4));
  return { from: `${start}-07-01`, to: `${start + 1}-06-30` };
}

/** The program year a date falls in. */
export function programYearOf(date: string): string {
  const year = Number(date.slice(0, 4));
  const start = Number(date.slice(5, 7)) >= 7 ? year : year - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/**
 * Check an application's content against the plan's strategies and the services it may name
 * (MN2.1, MN2.2): the kind agrees with the district, the line labels are unique, amounts are
 * not negative, every strategy is one of the plan's and every service one the application may
 * fund. Throws a 400 naming the field.
 */
export function checkApplicationContent(
  content: ApplicationContent,
  known: { strategies: ReadonlySet<string>; serviceIds: ReadonlySet<string> },
): void {
  if (!isProgramYear(content.programYear))
    throw DomainError.invalidField('programYear', 'is not a program year such as 2026-27');
  if (content.kind === 'regional_application' && content.districtId !== null)
    throw DomainError.invalidField('districtId', 'must be empty for the regional application');
  if (content.kind !== 'regional_application' && content.districtId === null)
    throw DomainError.invalidField('districtId', 'names the district of a DSA or MOU');
  const labels = new Set<string>();
  content.lines.forEach((line, i) => {
    const at = `lines[${i}]`;
    const label = line.label.trim();
    if (label === '') throw DomainError.invalidField(`${at}.label`, 'is required');
    if (labels.has(label)) throw DomainError.invalidField(`${at}.label`, `repeats line ${label}`);
    labels.add(label);
    if (!(line.amount >= 0) || Math.round(line.amount * 100) !== line.amount * 100)
      throw DomainError.invalidField(`${at}.amount`, 'is a dollar amount of 0 or more, with at most cents');
    line.strategies.forEach((strategy, j) => {
      if (!known.strategies.has(strategy))
        throw DomainError.invalidField(`${at}.strategies[${j}]`, `${strategy} is not a strategy of the plan`);
    });
    line.serviceIds.forEach((serviceId, j) => {
      if (!known.serviceIds.has(serviceId))
        throw DomainError.invalidField(
          `${at}.serviceIds[${j}]`,
          'is not a service of this region (or district) in the program year',
        );
    });
  });
}

/** Whether an application in this status may be edited: a draft, or an approved one reopened as revised (MN2.3). */
export function isEditable(status: ApplicationStatus): boolean {
  return status === 'draft' || status === 'revised';
}

export type ApplicationStep = 'submit' | 'approve' | 'revise';

/**
 * The status after a step (MN2.3): a draft or a revision is submitted; a submitted application
 * is approved; an approved one is reopened for revision (its revision number goes up). Any
 * other step is a conflict.
 */
export function nextStatus(status: ApplicationStatus, step: ApplicationStep): ApplicationStatus {
  if (step === 'submit' && isEditable(status)) return 'submitted';
  if (step === 'approve' && status === 'submitted') return 'approved';
  if (step === 'revise' && status === 'approved') return 'revised';
  throw new DomainError('conflict', `An application that is ${status} cannot be sent to ${step}.`, [
    { field: 'status', message: `is ${status}` },
  ]);
}
