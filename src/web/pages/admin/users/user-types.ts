import type { Static } from '@sinclair/typebox';
import type { UserListReply, UserReply } from '../../../../server/routes/users/users.schemas';

/** A user as GET /api/users answers it. */
export type User = Static<typeof UserReply>;
export type UserList = Static<typeof UserListReply>;
