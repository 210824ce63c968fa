import { Type } from '@sinclair/typebox';

/** The version a state setting is read at: a change of it names this version. */
export const SettingVersionRead = Type.Integer({
  minimum: 0,
  description: 'The version of the setting (0 until first saved): send it back to change it',
});

/** The version a change of a state setting is made at. */
export const SettingVersion = Type.Integer({
  minimum: 0,
  description: 'The version you read (409 when it changed since)',
});
