import { Type } from '@sinclair/typebox';
import { ROLES } from '../../../core/people/roles';
import { Nullable } from '../../schemas';

const Role = Type.Union(
  ROLES.map((r) => Type.Literal(r)),
  { description: 'Role of the user' },
);

/** A user of GET /api/users, with role and scope. */
const UserRow = Type.Object({
  id: Type.String(),
  email: Type.String(),
  displayName: Type.String(),
  role: Role,
  regionNumber: Nullable(Type.Integer()),
  districtName: Nullable(Type.String()),
  isActive: Type.Boolean(),
});
export const UserListReply = Type.Object({ items: Type.Array(UserRow) });

export const CreateUserBody = Type.Object(
  {
    email: Type.String({ maxLength: 320, description: 'Sign-in email' }),
    displayName: Type.String({ maxLength: 200 }),
    password: Type.String({
      maxLength: 1024,
      description: 'At least 12 characters, not a common password, not trivial, not the email or name',
    }),
    role: Role,
    regionNumber: Type.Optional(Nullable(Type.Integer({ description: 'Region number, for region roles' }))),
    districtCdsCode: Type.Optional(
      Nullable(Type.String({ description: 'District CDS code, for district staff' })),
    ),
    assignedRegionNumbers: Type.Optional(
      Type.Array(Type.Integer(), { description: 'Regions a state consultant reads' }),
    ),
    language: Type.Optional(Type.Union([Type.Literal('en'), Type.Literal('es')])),
  },
  { additionalProperties: false },
);
export const CreateUserReply = Type.Object({ id: Type.String() });
