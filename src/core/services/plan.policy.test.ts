import { describe, expect, it } from 'vitest';
import type { Actor } from '../people/access-scope';
import { ROLES, type Role } from '../people/roles';
import { planPolicy } from './plan.policy';
import type { PlanStatus } from './plan-version';

const actor = (role: Role): Actor => ({
  userId: `${role}-1`,
  role,
  regionId: role.startsWith('state') ? null : 'r1',
  districtId: role === 'district_staff' ? 'd1' : null,
  assignedRegionIds: [],
  label: role,
});

describe('plan policy', () => {
  it.each(ROLES)('%s reads the plan', (role) => {
    for (const status of ['draft', 'adopted', 'superseded'] as const)
      expect(planPolicy.can(actor(role), 'read', { status })).toBe(true);
  });

  it.each<[PlanStatus, 'edit' | 'adopt' | 'delete' | 'amend', boolean]>([
    ['draft', 'edit', true],
    ['draft', 'adopt', true],
    ['draft', 'delete', true],
    ['draft', 'amend', false],
    ['adopted', 'edit', false],
    ['adopted', 'adopt', false],
    ['adopted', 'delete', false],
    ['adopted', 'amend', true],
    ['superseded', 'edit', false],
    ['superseded', 'delete', false],
    ['superseded', 'amend', true],
  ])('the state administrator, a %s version: %s → %s', (status, action, expected) => {
    expect(planPolicy.can(actor('state_admin'), action, { status })).toBe(expected);
  });

  it.each(ROLES.filter((role) => role !== 'state_admin'))('%s changes no version', (role) => {
    const abilities = planPolicy.abilitiesOf(actor(role), { status: 'draft' });
    expect(abilities).toEqual({
      read: true,
      manage: false,
      edit: false,
      adopt: false,
      delete: false,
      amend: false,
    });
  });
});
