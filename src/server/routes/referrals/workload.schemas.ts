import { Type } from '@sinclair/typebox';
import { CalendarDateSchema } from '../../schemas';
import { QuotaReply } from './referrals.schemas';

export const WorkloadQuery = Type.Object({
  regionId: Type.Optional(
    Type.String({ format: 'uuid', description: "The region; a manager's own when left out" }),
  ),
});

/** A recruiter's quota as their own page shows it (without the region), and their week. */
const RecruiterWorkload = Type.Object({
  ...Type.Omit(QuotaReply, ['regionId']).properties,
  userId: Type.String(),
  name: Type.String(),
  contactsThisWeek: Type.Integer({ description: 'Every attempt logged from Monday to today' }),
  behindToday: Type.Boolean({
    description: "A working day on which the recruiter has not yet made today's minimum of contacts",
  }),
});

export const WorkloadReply = Type.Object({
  regionId: Type.String(),
  today: CalendarDateSchema('Today in the state'),
  weekStart: CalendarDateSchema('The Monday of this week'),
  recruiters: Type.Array(RecruiterWorkload, {
    description: 'Those behind today first, furthest behind first, then by name',
  }),
});
