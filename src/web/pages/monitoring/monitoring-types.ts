/** Monitoring as the API returns it: the types of its own schemas. */
import type { Static } from '@sinclair/typebox';
import type {
  ApplicationDetailReply,
  ApplicationsReply,
  CreateApplicationBody,
  EpcChecklistReply,
  EpcProgressReply,
  TrackingLogReply,
} from '../../../server/routes/monitoring/monitoring.schemas';
import { programYearOf } from '../../../core/monitoring/application';
import { todayInState } from '../../app/format';

export type Application = Static<typeof ApplicationDetailReply>;
export type ApplicationSummary = Static<typeof ApplicationsReply>['items'][number];
export type ApplicationLine = Application['lines'][number];
export type NewApplication = Static<typeof CreateApplicationBody>;
export type TrackingLogData = Static<typeof TrackingLogReply>;

export { APPLICATION_KINDS, FUNDING_RESOURCES } from '../../../core/services/service-records';
export { trackingLog } from '../../../core/monitoring/alignment';
export { isEditable } from '../../../core/monitoring/application';
export { DOCUMENT_EXTENSIONS } from '../../../core/documents/document-rules';

/**
 * The program years a page offers (July to June, MN2.1): the coming one (applications are
 * written for it), this one and two before.
 */
export function programYears(today: string = todayInState()): string[] {
  const start = Number(programYearOf(today).slice(0, 4));
  return [start + 1, start, start - 1, start - 2].map(
    (y) => `${y}-${String((y + 1) % 100).padStart(2, '0')}`,
  );
}

/** Dollars as currency in the reader's language. */
export function formatMoney(value: number, language: string): string {
  return new Intl.NumberFormat(language === 'es' ? 'es-US' : 'en-US', {
    style: 'currency',
    currency: 'USD',
  }).format(value);
}

export type EpcChecklist = Static<typeof EpcChecklistReply>;
export type EpcItem = EpcChecklist['items'][number];
export type EpcProgress = Static<typeof EpcProgressReply>;
export { EPC_CHECKLIST, EPC_TERMS } from '../../../core/monitoring/epc';
