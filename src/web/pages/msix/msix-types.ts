import type { Static } from '@sinclair/typebox';
import type {
  MsixExportList,
  MsixExportReply,
  MsixValidationReply,
} from '../../../server/routes/exchange/msix.schemas';

export type MsixValidation = Static<typeof MsixValidationReply>;
export type MsixExport = Static<typeof MsixExportReply>;
export type MsixExports = Static<typeof MsixExportList>;
export type MsixChildProblems = MsixValidation['rows'][number];
