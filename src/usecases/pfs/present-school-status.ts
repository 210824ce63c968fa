import type { SchoolStatusKind } from '../../core/services/priority-for-services';
import type { DbChildSchoolStatus } from '../../data/repositories/child-school-statuses.repository';

export interface SchoolStatusReply {
  id: string;
  kind: SchoolStatusKind;
  startsOn: string;
  endsOn: string | null;
  note: string;
  recordedAt: string;
}

/** A school status as the API replies it. */
export function presentSchoolStatus(row: DbChildSchoolStatus): SchoolStatusReply {
  return {
    id: row.id,
    kind: row.kind,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    note: row.note,
    recordedAt: new Date(row.recorded_at).toISOString(),
  };
}
