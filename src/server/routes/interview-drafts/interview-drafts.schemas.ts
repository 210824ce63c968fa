import { Type } from '@sinclair/typebox';

const DraftFields = {
  id: Type.String({ format: 'uuid', description: 'Made by the device that started the interview' }),
  regionId: Type.String({ format: 'uuid', description: 'The region the interview is taken in' }),
  label: Type.String({
    maxLength: 200,
    description: 'Whom the interview is with, as the home page lists it',
  }),
  version: Type.Integer({ minimum: 1, description: 'Send it back with the next save' }),
  updatedAt: Type.String({ format: 'date-time' }),
};

export const InterviewDraftSummaryReply = Type.Object(DraftFields);

export const InterviewDraftListReply = Type.Object({ items: Type.Array(InterviewDraftSummaryReply) });

const Content = Type.Record(Type.String(), Type.Unknown(), {
  description: 'What was typed, as the web app keeps it (at most 500,000 characters as JSON)',
});

export const InterviewDraftReply = Type.Object({ ...DraftFields, content: Content });

export const InterviewDraftBody = Type.Object(
  {
    regionId: DraftFields.regionId,
    version: Type.Integer({
      minimum: 0,
      description:
        'The version last read or saved; 0 for a draft never sent (409 when another save came first)',
    }),
    label: DraftFields.label,
    content: Content,
  },
  { additionalProperties: false },
);
