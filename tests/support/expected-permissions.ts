import type { Permission, Role } from '../../src/core/people/roles';

/**
 * Who may do what, written out as the README's role table says it, independently of
 * src/core/people/roles.ts: the authorization tests hold the server to this table, so a
 * permission granted or withdrawn by mistake in the code fails them.
 */
const EVERYONE: readonly Role[] = [
  'state_admin',
  'state_consultant',
  'region_director',
  'ir_manager',
  'data_specialist',
  'recruiter',
  'reviewer',
  'district_staff',
];
const REGION_WRITERS: readonly Role[] = [
  'state_admin',
  'region_director',
  'ir_manager',
  'data_specialist',
  'recruiter',
];
const READERS_OF_COES: readonly Role[] = EVERYONE.filter((role) => role !== 'district_staff');

const EXPECTED_ROLES_BY_PERMISSION: Record<Permission, readonly Role[]> = {
  'organization.read': EVERYONE,
  'child.read': EVERYONE,
  'family.read': EVERYONE,
  'child.write': REGION_WRITERS,
  'family.write': REGION_WRITERS,
  'enrollment.write': [...REGION_WRITERS, 'district_staff'],
  'child.delete': ['state_admin', 'ir_manager', 'data_specialist'],
  'audit.read': ['state_admin'],
  'user.read': ['state_admin', 'region_director', 'ir_manager'],
  'user.manage': ['state_admin'],
  'eligibility.determine': READERS_OF_COES,
  'eligibility.settings': ['state_admin'],
  'coe.read': READERS_OF_COES,
  'coe.prepare': REGION_WRITERS,
  'coe.review': ['state_admin', 'reviewer'],
  'qc.manage': ['state_admin'],
  'qc.reinterview': ['state_admin', 'reviewer'],
  'qualification.import': ['state_admin'],
  'report.read': READERS_OF_COES,
  'da.read': ['state_admin', 'state_consultant', 'region_director'],
  'da.manage': ['state_admin'],
  'da.assist': ['state_admin', 'region_director'],
  'school_contact.read': REGION_WRITERS,
  'school_contact.write': REGION_WRITERS,
  'school_contact.manage': ['state_admin', 'region_director', 'ir_manager'],
  'referral.read': REGION_WRITERS,
  'referral.import': ['state_admin', 'region_director', 'ir_manager', 'data_specialist'],
  'referral.assign': ['state_admin', 'region_director', 'ir_manager'],
  'referral.contact': ['state_admin', 'region_director', 'ir_manager', 'recruiter'],
  'plan.read': EVERYONE,
  'plan.manage': ['state_admin'],
  'service.read': ['state_admin', 'state_consultant', 'region_director', 'data_specialist', 'district_staff'],
  'service.manage': ['state_admin', 'region_director', 'data_specialist'],
  'service.record': ['state_admin', 'region_director', 'data_specialist', 'district_staff'],
  'assessment.manage': ['state_admin', 'region_director', 'data_specialist'],
  'appr.review': ['state_admin', 'region_director', 'data_specialist'],
  'child_count.certify': ['state_admin'],
  'calendar.read': READERS_OF_COES,
  'calendar.work': ['state_admin', 'region_director', 'ir_manager', 'data_specialist'],
  'calendar.manage': ['state_admin', 'region_director'],
  'calendar.settings': ['state_admin'],
  'plan_development.read': ['state_admin', 'state_consultant'],
  'plan_development.contribute': ['state_admin', 'state_consultant'],
  'plan_development.manage': ['state_admin'],
  'monitoring.read': [
    'state_admin',
    'state_consultant',
    'region_director',
    'data_specialist',
    'district_staff',
  ],
  'monitoring.manage': ['state_admin', 'region_director', 'district_staff'],
  'application.approve': ['state_admin', 'state_consultant', 'region_director'],
  'epc.verify': ['state_admin', 'state_consultant'],
  'data_close.manage': ['state_admin'],
  'improvement.network': ['state_admin', 'state_consultant'],
  'improvement.project': ['state_admin', 'region_director', 'ir_manager', 'data_specialist'],
};

/** Whether the table above lets `role` take `permission`. */
export function isExpectedToHold(role: Role, permission: Permission): boolean {
  return EXPECTED_ROLES_BY_PERMISSION[permission].includes(role);
}
