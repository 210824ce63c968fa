import { calendarTask, workplacePath, type CalendarTask } from '../../core/calendar/calendar-tasks';
import { calendarItemPolicy } from '../../core/calendar/calendar.policy';
import { isOverdue, TRACKED_TASKS } from '../../core/calendar/program-year';
import type { Actor } from '../../core/people/access-scope';
import type { Db } from '../../data/db';
import { listCalendarEvidence, type CalendarItemRow } from '../../data/repositories/calendar.repository';
import { listDocumentsOfOwners } from '../../data/repositories/documents.repository';

const TASK_ORDER = new Map(TRACKED_TASKS.map((task, index) => [task.key, index]));

/** Uploaded files are stored documents of this owner type, the item being the owner. */
export const EVIDENCE_OWNER_TYPE = 'calendar_item';

/** One piece of an item's evidence (CA2.4): a note, a link or an uploaded file. */
export interface EvidenceRecord {
  id: string;
  kind: 'note' | 'link' | 'file';
  /** The note, the link's address, or the file's name. */
  text: string;
  mediaType: string | null;
  sizeBytes: number | null;
  addedAt: string;
}

/** A calendar item as the API shows it. */
export interface CalendarItemRecord {
  id: string;
  regionId: string;
  regionNumber: number;
  regionName: string;
  programYear: number;
  taskKey: string;
  task: TaskRecord;
  dueOn: string;
  owner: { id: string; name: string } | null;
  status: CalendarItemRow['status'];
  overdue: boolean;
  version: number;
  evidence: EvidenceRecord[];
  abilities: { read: boolean; update: boolean; assign: boolean; generate: boolean };
}

/** A task of the calendar as the API shows it. */
export interface TaskRecord extends Omit<CalendarTask, 'workplace'> {
  workplacePath: string | null;
}

/** A task with the path of its workplace. */
export function taskRecord(task: CalendarTask): TaskRecord {
  const { workplace: _workplace, ...rest } = task;
  return { ...rest, workplacePath: workplacePath(task) };
}

/** Items with their tasks, evidence and the actor's abilities, by due date, region and the calendar's order. */
export async function presentItems(
  db: Db,
  actor: Actor,
  rows: readonly CalendarItemRow[],
  today: string,
): Promise<CalendarItemRecord[]> {
  const ids = rows.map((row) => row.id);
  const [notes, files] = await Promise.all([
    listCalendarEvidence(db, ids),
    listDocumentsOfOwners(db, EVIDENCE_OWNER_TYPE, ids),
  ]);
  const evidenceOf = new Map<string, EvidenceRecord[]>();
  const add = (itemId: string, record: EvidenceRecord) =>
    evidenceOf.set(itemId, [...(evidenceOf.get(itemId) ?? []), record]);
  for (const note of notes)
    add(note.itemId, {
      id: note.id,
      kind: note.kind,
      text: note.text,
      mediaType: null,
      sizeBytes: null,
      addedAt: note.addedAt.toISOString(),
    });
  for (const file of files)
    add(file.ownerId, {
      id: file.id,
      kind: 'file',
      text: file.fileName,
      mediaType: file.mediaType,
      sizeBytes: file.sizeBytes,
      addedAt: file.uploadedAt.toISOString(),
    });
  const ordered = [...rows].sort(
    (a, b) =>
      a.dueOn.localeCompare(b.dueOn) ||
      a.regionNumber - b.regionNumber ||
      (TASK_ORDER.get(a.taskKey) ?? 0) - (TASK_ORDER.get(b.taskKey) ?? 0),
  );
  return ordered.flatMap((row) => {
    const task = calendarTask(row.taskKey);
    if (!task) return [];
    const evidence = (evidenceOf.get(row.id) ?? []).sort((a, b) => a.addedAt.localeCompare(b.addedAt));
    return [
      {
        id: row.id,
        regionId: row.regionId,
        regionNumber: row.regionNumber,
        regionName: row.regionName,
        programYear: row.programYear,
        taskKey: row.taskKey,
        task: taskRecord(task),
        dueOn: row.dueOn,
        owner: row.ownerId && row.ownerName ? { id: row.ownerId, name: row.ownerName } : null,
        status: row.status,
        overdue: isOverdue(row, today),
        version: row.version,
        evidence,
        abilities: calendarItemPolicy.abilitiesOf(actor, row),
      },
    ];
  });
}
