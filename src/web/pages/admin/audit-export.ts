import type { TFunction } from 'i18next';
import { csvText } from '../../../usecases/exports/csv-file';
import { api, queryString } from '../../app/api';
import { formatDateTime } from '../../app/format';
import { changedValues } from './audit-changes';
import { auditSentence, type AuditEvent } from './audit-sentence';

/** The most rows the API answers per page. */
const PAGE = 500;

/**
 * Every event the filters match as a CSV file the browser saves (AU1.3): when, who, the
 * sentence, the kind and name of the record and the fields changed; formulas escaped.
 */
export async function exportAuditCsv(
  t: TFunction,
  language: string,
  filters: Record<string, string>,
): Promise<void> {
  const events: AuditEvent[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await api<{ items: AuditEvent[]; total: number }>(
      'GET',
      `/api/audit-events${queryString({ ...filters, limit: PAGE, offset })}`,
    );
    events.push(...page.items);
    if (page.items.length < PAGE || events.length >= page.total) break;
  }
  const text = csvText(
    ['when', 'who', 'email', 'what', 'kind', 'record', 'changes'].map((column) => t(`audit.csv.${column}`)),
    events.map((event) => [
      formatDateTime(event.occurredAt, language),
      event.actorName,
      event.actorLabel,
      auditSentence(t, event),
      t(`audit.entities.${event.entityType}`, { defaultValue: event.entityType }),
      event.recordName ?? '',
      JSON.stringify(changedValues(event.before, event.after)),
    ]),
  );
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `audit-log-${new Date().toISOString().slice(0, 10)}.csv`;
  link.click();
  URL.revokeObjectURL(url);
}
