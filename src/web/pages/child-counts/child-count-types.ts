import type { Static } from '@sinclair/typebox';
import type {
  ChildCountPfsReply,
  ChildCountsReply,
  CountedChildrenReply,
  DifferencesReply,
  ExplainReply,
} from '../../../server/routes/child-counts/child-counts.schemas';

export type ChildCountsView = Static<typeof ChildCountsReply>;
export type CountedChildrenPage = Static<typeof CountedChildrenReply>;
export type ChildCountAnswer = Static<typeof ExplainReply>;
export type ChildCountDifferences = Static<typeof DifferencesReply>;
export type ChildCountPfs = Static<typeof ChildCountPfsReply>;

/** The scope of the counts shown, as the API's query names it. */
export type CountsScope = {
  period: string;
  region: number | null;
};
