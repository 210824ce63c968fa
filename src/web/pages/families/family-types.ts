/** Families as the API returns them: the types of its own schemas. */
import type { Static } from '@sinclair/typebox';
import type { FamilyReply } from '../../../server/routes/families/families.schemas';

/** GET /api/families/:id. */
export type FamilyDetail = Static<typeof FamilyReply>;
export type FamilyMember = FamilyDetail['members'][number];
/** A member's sex as the form holds it: '' is not recorded. */
export type SexChoice = '' | 'female' | 'male';
export const SEX_CHOICES: readonly SexChoice[] = ['', 'female', 'male'];
