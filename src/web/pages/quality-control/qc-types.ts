/** The quality-control API's shapes: the types of its own schemas. */
import type { Static } from '@sinclair/typebox';
import type {
  SampleListReply,
  SampleReply,
} from '../../../server/routes/quality-control/quality-control.schemas';

export type SampleSummary = Static<typeof SampleListReply>['items'][number];
export type Sample = Static<typeof SampleReply>;
export type Reinterview = Sample['items'][number];
export type ReinterviewResult = NonNullable<Reinterview['result']>;
export type DiscrepancyRate = Sample['overall'];

/**
 * A user of GET /api/users as the assignment list reads it. That route declares its reply in
 * users.routes.ts, not in a schemas file the web app can import.
 */
export interface UserRow {
  id: string;
  displayName: string;
  role: string;
  regionNumber: number | null;
  isActive: boolean;
}
