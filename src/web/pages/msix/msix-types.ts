import type { Static } from '@sinclair/typebox';
import type {
  MsixExportList,
  MsixExportReply,
  MsixValidationReply,
} from '../../../server/routes/exchange/msix.schemas';
import type { MsixDeadlinesReply } from '../../../server/routes/exchange/msix-deadlines.schemas';

export type MsixValidation = Static<typeof MsixValidationReply>;
export type MsixExport = Static<typeof MsixExportReply>;
export type MsixExports = Static<typeof MsixExportList>;
export type MsixChildProblems = MsixValidation['rows'][number];

export type MsixDeadlines = Static<typeof MsixDeadlinesReply>;
export type MsixDeadlineRow = MsixDeadlines['rows'][number];
export type MsixDeadlineStatus = MsixDeadlineRow['status'];
