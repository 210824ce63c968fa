/** The watch list API's shapes: the types of its own schemas. */
import type { Static } from '@sinclair/typebox';
import type { WatchListReply } from '../../../server/routes/eligibility/eligibility.schemas';

export type WatchKind = 'ending' | 'residency-due';

export const WATCH_KINDS: readonly WatchKind[] = ['ending', 'residency-due'];
export const WATCH_DAYS = ['30', '60', '90'] as const;

export type WatchList = Static<typeof WatchListReply>;
export type WatchItem = WatchList['items'][number];
