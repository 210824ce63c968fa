import type { DaLeaReport } from '../../core/accountability';
import { DomainError } from '../../core/common/domain-error';
import type { Db } from '../../data/db';
import {
  findDeterminationRow,
  type DeterminationRow,
} from '../../data/repositories/da-determinations.repository';

/** What is kept per LEA: the report and its plain words in both languages. */
export type DaLeaRecord = DaLeaReport & { explanation: { en: string[]; es: string[] } };

export interface DeterminationHeader {
  id: string;
  importId: string;
  year: number;
  rules: string;
  runAt: string;
  runBy: string;
  leaCount: number;
  eligibleCount: number;
}

/** A determination's header as replies show it. */
export function presentDeterminationHeader(row: DeterminationRow): DeterminationHeader {
  return {
    id: row.id,
    importId: row.import_id,
    year: row.year,
    rules: row.rules,
    runAt: new Date(row.run_at).toISOString(),
    runBy: row.run_by_label,
    leaCount: row.lea_count,
    eligibleCount: row.eligible_count,
  };
}

/** A determination's header, or not_found. */
export async function loadDeterminationHeader(db: Db, id: string): Promise<DeterminationHeader> {
  const row = await findDeterminationRow(db, id);
  if (!row) throw new DomainError('not_found', 'No determination with that id.');
  return presentDeterminationHeader(row);
}
