import { describe, expect, it } from 'vitest';
import type { Actor } from '../people/access-scope';
import { canImportMoveNotices, moveNoticePolicy } from './move-notice.policy';

const actor = (role: Actor['role'], regionId: string | null = 'r1', userId = 'u1'): Actor => ({
  userId,
  role,
  regionId,
  districtId: null,
  assignedRegionIds: [],
  label: userId,
});
const notice = { regionId: 'r1', districtId: 'd1', assignedToId: 'u1' };

describe('who imports and answers move notices (X10.7)', () => {
  it('a data specialist or manager imports their own region’s; the state administrator any region’s', () => {
    expect(canImportMoveNotices(actor('data_specialist'), 'r1')).toBe(true);
    expect(canImportMoveNotices(actor('ir_manager'), 'r1')).toBe(true);
    expect(canImportMoveNotices(actor('state_consultant', null), 'r1')).toBe(false);
    expect(canImportMoveNotices(actor('data_specialist'), 'r2')).toBe(false);
    expect(canImportMoveNotices(actor('state_admin', null), 'r2')).toBe(true);
    expect(canImportMoveNotices(actor('recruiter'), 'r1')).toBe(false);
  });

  it('the assigned recruiter answers; another recruiter reads but does not', () => {
    expect(moveNoticePolicy.can(actor('recruiter'), 'answer', notice)).toBe(true);
    expect(moveNoticePolicy.can(actor('recruiter', 'r1', 'u2'), 'answer', notice)).toBe(false);
    expect(moveNoticePolicy.can(actor('recruiter', 'r1', 'u2'), 'read', notice)).toBe(true);
    expect(moveNoticePolicy.can(actor('recruiter'), 'answer', { ...notice, assignedToId: null })).toBe(false);
  });

  it('the region’s manager and data specialist answer; another region’s neither reads nor answers', () => {
    expect(moveNoticePolicy.can(actor('ir_manager'), 'answer', notice)).toBe(true);
    expect(moveNoticePolicy.can(actor('data_specialist'), 'answer', notice)).toBe(true);
    expect(moveNoticePolicy.can(actor('data_specialist', 'r2'), 'read', notice)).toBe(false);
    expect(moveNoticePolicy.can(actor('ir_manager', 'r2'), 'answer', notice)).toBe(false);
  });
});
