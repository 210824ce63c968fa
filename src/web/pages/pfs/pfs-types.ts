/** Priority for Services as the API returns it: the types of its own schemas. */
import type { Static } from '@sinclair/typebox';
import type {
  ChildPfsReply,
  PfsListReply,
  PfsSettingsReply,
  PfsSettingsSchema,
  SchoolStatusReply,
} from '../../../server/routes/pfs/pfs.schemas';

export type PfsList = Static<typeof PfsListReply>;
export type PfsListRow = PfsList['rows'][number];
export type PfsCriterion = PfsListRow['criteria'][number];
export type ChildPfs = Static<typeof ChildPfsReply>;
export type SchoolStatus = Static<typeof SchoolStatusReply>;
export type PfsSettings = Static<typeof PfsSettingsSchema>;
export type PfsSettingsView = Static<typeof PfsSettingsReply>;

export { SCHOOL_STATUS_KINDS, SCHOOL_STATUS_NOTE_MAX } from '../../../core/services/priority-for-services';
