import { Type } from '@sinclair/typebox';
import { ROLES } from '../../../core/people/roles';
import { Nullable } from '../../schemas';

export const Me = Type.Object({
  id: Type.String({ format: 'uuid' }),
  email: Type.String({ description: 'Sign-in email' }),
  displayName: Type.String({ description: 'Name shown in the app' }),
  role: Type.Union(
    ROLES.map((r) => Type.Literal(r)),
    { description: 'The user role' },
  ),
  language: Type.Union([Type.Literal('en'), Type.Literal('es')], { description: 'Language of the app' }),
  regionId: Nullable(Type.String({ description: 'Region of a regional user' })),
  regionNumber: Nullable(Type.Integer({ description: 'Region number' })),
  regionName: Nullable(Type.String()),
  districtId: Nullable(Type.String({ description: 'District of district staff' })),
  districtName: Nullable(Type.String()),
  mustChangePassword: Type.Boolean({
    description:
      'Someone else chose the password: the user must choose a new one (POST /api/auth/password) before any other route answers',
  }),
  permissions: Type.Array(Type.String(), {
    description: 'What the role may do, for the UI to hide other actions',
  }),
});

export const SignInBody = Type.Object(
  {
    email: Type.String({ minLength: 1, maxLength: 320, description: 'Sign-in email' }),
    password: Type.String({ minLength: 1, maxLength: 1024, description: 'Password' }),
  },
  { additionalProperties: false },
);

export const SessionReply = Type.Object({
  user: Me,
  csrfToken: Type.String({ description: 'Send as the x-csrf-token header on every state-changing request' }),
});

export const UpdateMeBody = Type.Object(
  { language: Type.Union([Type.Literal('en'), Type.Literal('es')], { description: 'Language of the app' }) },
  { additionalProperties: false },
);

export const ChangePasswordBody = Type.Object(
  {
    currentPassword: Type.String({
      minLength: 1,
      maxLength: 1024,
      description: 'The password signed in with',
    }),
    newPassword: Type.String({ minLength: 1, maxLength: 1024, description: 'The new password' }),
  },
  { additionalProperties: false },
);
