import type { InterviewDraftRow } from '../../data/repositories/interview-drafts.repository';

/** An interview draft as the API answers it: its content only when one draft is asked for. */
export interface InterviewDraftSummary {
  id: string;
  regionId: string;
  label: string;
  version: number;
  updatedAt: string;
}

export interface InterviewDraftRecord extends InterviewDraftSummary {
  content: Record<string, unknown>;
}

export function toInterviewDraftSummary(row: Omit<InterviewDraftRow, 'content'>): InterviewDraftSummary {
  return {
    id: row.id,
    regionId: row.region_id,
    label: row.label,
    version: row.version,
    updatedAt: row.updated_at.toISOString(),
  };
}

export function toInterviewDraftRecord(row: InterviewDraftRow): InterviewDraftRecord {
  return { ...toInterviewDraftSummary(row), content: row.content as Record<string, unknown> };
}
