/** MPO target lists as the API returns them: the types of its own schemas. */
import type { Static } from '@sinclair/typebox';
import type {
  TargetListReply,
  TermWindowsSchema,
} from '../../../server/routes/mpo-targets/mpo-targets.schemas';

export type TargetList = Static<typeof TargetListReply>;
export type TargetRow = TargetList['rows'][number];
export type AlignedService = TargetList['services'][number];
export type MpoChoice = TargetList['mpos'][number];
export type TermWindows = Static<typeof TermWindowsSchema>;

export { SERVICE_TERMS } from '../../../core/services/service-records';
