import {
  accessScopeOf,
  canReachRecord,
  canWriteInDistrict,
  canWriteInRegion,
  type Actor,
} from '../people/access-scope';
import { definePolicy } from '../people/policy';
import { hasPermission } from '../people/roles';

/** An entry of the School Contact Log as far as access cares: its author and its region. */
export interface SchoolContactAccess {
  userId: string;
  regionId: string;
  /** The district of the school contacted: a district recruiter's entries are of their district's schools (DR1.4). */
  districtId: string;
}

const isAuthor = (actor: Actor, entry: SchoolContactAccess): boolean => entry.userId === actor.userId;

/**
 * Who may do what with an entry of the IDR School Contact Log: its author and the staff of
 * its region read it; staff record contacts, as their own, with schools of a region they
 * work in (a district recruiter, with schools of their district); an entry is changed (or
 * removed) by its author or by a manager of its region.
 * For `create`, the entry is the one about to be recorded.
 */
export const schoolContactPolicy = definePolicy<'create' | 'edit', SchoolContactAccess>({
  read: (actor, entry) =>
    isAuthor(actor, entry) ||
    canReachRecord(actor, { regionId: entry.regionId, districtIds: [entry.districtId] }),
  create: (actor, entry) =>
    hasPermission(actor.role, 'school_contact.write') &&
    isAuthor(actor, entry) &&
    canWriteInDistrict(actor, entry),
  edit: (actor, entry) =>
    hasPermission(actor.role, 'school_contact.write') &&
    (isAuthor(actor, entry) ||
      (hasPermission(actor.role, 'school_contact.manage') && canWriteInRegion(actor, entry.regionId))),
});

/** A staff member whose monthly log is asked for. */
export interface SchoolContactLogAccess {
  staffUserId: string;
  staffRegionId: string | null;
}

const isOwnLog = (actor: Actor, log: SchoolContactLogAccess): boolean => log.staffUserId === actor.userId;

/**
 * Who reads a staff member's monthly log: everyone with the permission reads their own; a
 * manager (or the state) reads the logs of staff in their scope. Someone out of scope is
 * not found; a colleague of the same region without the manage permission is forbidden.
 */
export const schoolContactLogPolicy = definePolicy<'readEntries', SchoolContactLogAccess>({
  read: (actor, log) =>
    hasPermission(actor.role, 'school_contact.read') &&
    (isOwnLog(actor, log) ||
      accessScopeOf(actor).kind === 'state' ||
      (log.staffRegionId !== null && canReachRecord(actor, { regionId: log.staffRegionId }))),
  readEntries: (actor, log) => isOwnLog(actor, log) || hasPermission(actor.role, 'school_contact.manage'),
});
