/** The quality-control API's shapes: the types of its own schemas. */
import type { Static } from '@sinclair/typebox';
import type {
  SampleListReply,
  SampleReply,
} from '../../../server/routes/quality-control/quality-control.schemas';
import type { UserListReply } from '../../../server/routes/users/users.schemas';

export type SampleSummary = Static<typeof SampleListReply>['items'][number];
export type Sample = Static<typeof SampleReply>;
export type Reinterview = Sample['items'][number];
export type ReinterviewResult = NonNullable<Reinterview['result']>;
export type DiscrepancyRate = Sample['overall'];

/** A user of GET /api/users, as the assignment list reads it. */
export type UserRow = Static<typeof UserListReply>['items'][number];
