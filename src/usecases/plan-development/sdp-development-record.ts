import { randomUUID } from 'node:crypto';
import {
  alignmentGaps,
  checklistOf,
  type AlignmentGap,
  type ChecklistResult,
} from '../../core/plan-development/alignment';
import { sdpDevelopmentPolicy } from '../../core/plan-development/plan-development.policy';
import { EMPTY_SDP_CONTENT, type SdpContent } from '../../core/plan-development/sdp-development';
import { SDP_ACTIONS, type SdpAction } from '../../core/plan-development/sdp-process';
import { DomainError } from '../../core/common/domain-error';
import { authorize } from '../../core/people/policy';
import type { Actor } from '../../core/people/access-scope';
import type { Db } from '../../data/db';
import { listDocumentsOf } from '../../data/repositories/documents.repository';
import { STATE_ORGANIZATION_ID, type DocumentOwner } from '../documents/document-owner';
import {
  findSdpDevelopment,
  listSdpFeedback,
  type SdpDevelopmentRow,
  type SdpFeedbackRow,
} from '../../data/repositories/plan-development.repository';

/** A development as the API shows it: its content, the process, the check and the feedback. */
export interface SdpDevelopmentRecord {
  id: string;
  name: string;
  version: number;
  updatedAt: string;
  content: SdpContent;
  process: SdpAction[];
  gaps: AlignmentGap[];
  checklist: ChecklistResult[];
  requirementsMet: boolean;
  feedback: Array<
    Omit<SdpFeedbackRow, 'respondedAt' | 'createdAt' | 'developmentId'> & {
      respondedAt: string | null;
      createdAt: string;
    }
  >;
  /** The stored files of its outcomes (PD1.5), each named by an outcome's documentId. */
  files: Array<{ id: string; fileName: string; mediaType: string; sizeBytes: number; uploadedAt: string }>;
  abilities: { read: boolean; manage: boolean; contribute: boolean };
}

/** A development the actor may take `action` on: 404 when they may not read it. */
export async function loadSdpDevelopment(
  db: Db,
  actor: Actor,
  id: string,
  action: 'read' | 'manage' | 'contribute',
): Promise<SdpDevelopmentRow> {
  const row = await findSdpDevelopment(db, id);
  authorize(sdpDevelopmentPolicy, actor, action, row, 'No SDP development with that id.');
  return row;
}

/** The development with everything the page shows. */
export async function presentSdpDevelopment(
  db: Db,
  actor: Actor,
  row: SdpDevelopmentRow,
): Promise<SdpDevelopmentRecord> {
  const content = { ...EMPTY_SDP_CONTENT, ...row.content };
  const [feedback, files] = await Promise.all([
    listSdpFeedback(db, row.id),
    listDocumentsOf(db, sdpFileOwner(row.id)),
  ]);
  const checklist = checklistOf(content.alignment, content.checklist);
  return {
    id: row.id,
    name: row.name,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    content,
    process: [...SDP_ACTIONS],
    gaps: alignmentGaps(content.alignment),
    checklist: checklist.elements,
    requirementsMet: checklist.requirementsMet,
    feedback: feedback.map(({ developmentId: _id, ...comment }) => ({
      ...comment,
      respondedAt: comment.respondedAt?.toISOString() ?? null,
      createdAt: comment.createdAt.toISOString(),
    })),
    files: files.map((file) => ({
      id: file.id,
      fileName: file.fileName,
      mediaType: file.mediaType,
      sizeBytes: file.sizeBytes,
      uploadedAt: file.uploadedAt.toISOString(),
    })),
    abilities: sdpDevelopmentPolicy.abilitiesOf(actor, row),
  };
}

/** The files of a development are stored documents of this owner type, the development being the owner. */
export const SDP_FILE_OWNER_TYPE = 'sdp_development';

/** The owner of a development's files: the development, which is the state's (PD1.5). */
export function sdpFileOwner(developmentId: string): DocumentOwner {
  return {
    ownerType: SDP_FILE_OWNER_TYPE,
    ownerId: developmentId,
    organizationId: STATE_ORGANIZATION_ID,
    regionId: null,
  };
}

/** The 409 of a save over someone else's: a development changed since it was read. */
export function developmentConflict(): DomainError {
  return new DomainError(
    'conflict',
    'Someone changed this SDP development since you read it; read it again.',
    [{ field: 'version', message: 'is not the current version' }],
  );
}

/** The 409 of a response over someone else's: a comment changed since it was read. */
export function commentConflict(): DomainError {
  return new DomainError('conflict', 'Someone changed this comment since you read it; read it again.', [
    { field: 'version', message: 'is not the current version' },
  ]);
}

/** A new record id. */
export const newRecordId = (): string => randomUUID();
