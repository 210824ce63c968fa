/**
 * A Ciclo backup is gzip-compressed NDJSON: a header line, then for each table (parents
 * first) a table line followed by one line per row (the row as PostgreSQL's row_to_json
 * writes it), and a closing line with the row count of every table and the position of every sequence. A file without its
 * closing line is incomplete and is refused.
 */
export const BACKUP_FORMAT = 'ciclo-backup';
export const BACKUP_VERSION = 1;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  /** The newest migration of the database backed up; a restore needs the same schema. */
  schema: string | null;
  engine: 'pglite' | 'postgres';
}

export interface TableLine {
  table: string;
  columns: string[];
}

export interface SequenceState {
  lastValue: number;
  isCalled: boolean;
}

export interface ClosingLine {
  complete: true;
  rows: Record<string, number>;
  /** Every sequence's position, so restored ids and student numbers continue where they were. */
  sequences: Record<string, SequenceState>;
}

export interface BackupProgress {
  table: string;
  rows: number;
}
