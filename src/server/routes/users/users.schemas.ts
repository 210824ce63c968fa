import { Type } from '@sinclair/typebox';
import { ROLES } from '../../../core/people/roles';
import { Nullable } from '../../schemas';

const Role = Type.Union(
  ROLES.map((r) => Type.Literal(r)),
  { description: 'Role of the user' },
);

const Language = Type.Union([Type.Literal('en'), Type.Literal('es')], {
  description: 'Language of the pages and messages',
});

/** A user of GET /api/users, with role and scope. */
export const UserReply = Type.Object({
  id: Type.String(),
  email: Type.String(),
  displayName: Type.String(),
  positionTitle: Nullable(Type.String({ description: 'Position title the school contact log prints' })),
  role: Role,
  regionNumber: Nullable(Type.Integer({ description: 'Region of region staff and regional reviewers' })),
  districtName: Nullable(Type.String({ description: 'District of district staff' })),
  districtCdsCode: Nullable(Type.String({ description: 'CDS code of that district' })),
  assignedRegionNumbers: Type.Array(Type.Integer(), { description: 'Regions a state consultant reads' }),
  language: Language,
  isActive: Type.Boolean({ description: 'False once deactivated: cannot sign in' }),
  mustChangePassword: Type.Boolean({ description: 'Chooses a new password at the next sign-in' }),
  version: Type.Integer({ description: 'Send it back with a change (409 when stale)' }),
  abilities: Type.Object({
    manage: Type.Boolean({ description: 'Whether you may edit, deactivate or reset this account' }),
  }),
});
export const UserListReply = Type.Object({ items: Type.Array(UserReply) });

const RegionNumber = Type.Integer({ minimum: 1, description: 'Region number, for region roles' });
const DistrictCdsCode = Type.String({ maxLength: 20, description: 'District CDS code, for district staff' });
const AssignedRegionNumbers = Type.Array(Type.Integer({ minimum: 1 }), {
  maxItems: 99,
  description: 'Regions a state consultant reads',
});
const Email = Type.String({ maxLength: 320, description: 'Sign-in email' });
const DisplayName = Type.String({ maxLength: 200, description: 'Name as the audit log and lists show it' });
const PositionTitle = Nullable(
  Type.String({
    maxLength: 120,
    description: 'Position title as the employer gives it; the school contact log prints it',
  }),
);
const Password = Type.String({
  maxLength: 1024,
  description: 'At least 12 characters, not a common password, not trivial, not the email or name',
});

export const CreateUserBody = Type.Object(
  {
    email: Email,
    displayName: DisplayName,
    positionTitle: Type.Optional(PositionTitle),
    password: Password,
    role: Role,
    regionNumber: Type.Optional(Nullable(RegionNumber)),
    districtCdsCode: Type.Optional(Nullable(DistrictCdsCode)),
    assignedRegionNumbers: Type.Optional(AssignedRegionNumbers),
    language: Type.Optional(Language),
    mustChangePassword: Type.Optional(
      Type.Boolean({ description: 'The user chooses a new password at the first sign-in' }),
    ),
  },
  { additionalProperties: false },
);
export const CreateUserReply = Type.Object({ id: Type.String() });

export const UpdateUserBody = Type.Object(
  {
    version: Type.Integer({ description: 'The version you read' }),
    email: Type.Optional(Email),
    displayName: Type.Optional(DisplayName),
    positionTitle: Type.Optional(PositionTitle),
    role: Type.Optional(Role),
    regionNumber: Type.Optional(Nullable(RegionNumber)),
    districtCdsCode: Type.Optional(Nullable(DistrictCdsCode)),
    assignedRegionNumbers: Type.Optional(AssignedRegionNumbers),
    language: Type.Optional(Language),
    isActive: Type.Optional(
      Type.Boolean({ description: 'false deactivates the account, true reactivates it' }),
    ),
  },
  { additionalProperties: false },
);

export const ResetPasswordBody = Type.Object(
  {
    version: Type.Integer({ description: 'The version you read' }),
    password: Password,
  },
  { additionalProperties: false },
);
