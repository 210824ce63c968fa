import type { TFunction } from 'i18next';
import type { DomainError } from '../../../core/common/domain-error';

/** The form's label of each field of the interview the engine may name. */
const FIELD_LABELS: Record<string, string> = {
  interviewDate: 'interview.family.interviewDate',
  residence: 'interview.place.residence',
  schoolDistrict: 'interview.place.schoolDistrict',
  city: 'interview.place.city',
  state: 'interview.place.state',
  country: 'interview.place.country',
  administrativeArea: 'interview.place.administrativeArea',
  from: 'interview.moves.from',
  to: 'interview.moves.to',
  date: 'interview.moves.date',
  birthDate: 'interview.children.birthDate',
  startDate: 'interview.work.startDate',
  sector: 'interview.work.sector',
  employment: 'interview.work.employment',
  outcome: 'interview.work.outcome',
  completion: 'interview.children.completion',
  expectedDurationMonths: 'interview.work.expectedDurationMonths',
};

/**
 * Why the engine cannot judge the facts yet, in the form's words: the field as the form
 * labels it ("Move 2 › To › School district"), never the contract's path or pattern.
 */
export function problemInWords(error: DomainError, t: TFunction): string {
  const field = error.problems[0]?.field ?? '';
  const parts: string[] = [];
  for (const segment of field.split('.')) {
    const item = /^(\w+)\[(\d+)\]$/.exec(segment);
    if (item) {
      const number = Number(item[2]) + 1;
      if (item[1] === 'moves') parts.push(t('interview.moves.move', { number }));
      else if (item[1] === 'children') parts.push(t('interview.children.child', { number }));
      else if (item[1] === 'workers') parts.push(t('interview.workers.worker', { number }));
      continue;
    }
    const label = FIELD_LABELS[segment];
    if (label) parts.push(t(label, { name: '' }).trim());
  }
  return parts.length > 0
    ? t('interview.result.checkField', { field: parts.join(' › ') })
    : t('interview.result.checkFacts');
}
