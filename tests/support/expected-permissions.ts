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
  'district_recruiter',
];
const REGION_WRITERS: readonly Role[] = [
  'state_admin',
  'region_director',
  'ir_manager',
  'data_specialist',
  'recruiter',
];
const READERS_OF_COES: readonly Role[] = EVERYONE.filter((role) => role !== 'district_staff');
/** A district recruiter prepares COEs and works the contact queue and the contact log, in their district only. */
const RECRUITERS: readonly Role[] = [...REGION_WRITERS, 'district_recruiter'];

const EXPECTED_ROLES_BY_PERMISSION: Record<Permission, readonly Role[]> = {
  'organization.read': EVERYONE,
  'organization.manage': ['state_admin'],
  'child.read': EVERYONE,
  'family.read': EVERYONE,
  'child.write': REGION_WRITERS,
  // a district recruiter records the families of their district (DR1)
  'family.write': RECRUITERS,
  'enrollment.write': [...REGION_WRITERS, 'district_staff'],
  'child.delete': ['state_admin', 'ir_manager', 'data_specialist'],
  'child.reconcile': ['state_admin', 'data_specialist'],
  'audit.read': ['state_admin'],
  'user.read': ['state_admin', 'region_director', 'ir_manager'],
  'user.manage': ['state_admin'],
  'eligibility.determine': READERS_OF_COES,
  'eligibility.settings': ['state_admin'],
  'coe.read': READERS_OF_COES,
  'coe.prepare': RECRUITERS,
  'coe.review': ['state_admin', 'reviewer'],
  'qc.manage': ['state_admin'],
  'qc.reinterview': ['state_admin', 'reviewer'],
  'qualification.import': ['state_admin'],
  'report.read': READERS_OF_COES.filter((role) => role !== 'district_recruiter'),
  'da.read': ['state_admin', 'state_consultant', 'region_director'],
  'da.manage': ['state_admin'],
  'da.assist': ['state_admin', 'region_director'],
  'school_contact.read': RECRUITERS,
  'school_contact.write': RECRUITERS,
  'school_contact.manage': ['state_admin', 'region_director', 'ir_manager'],
  'referral.read': RECRUITERS,
  'referral.import': ['state_admin', 'region_director', 'ir_manager', 'data_specialist'],
  'referral.assign': ['state_admin', 'region_director', 'ir_manager'],
  'referral.contact': ['state_admin', 'region_director', 'ir_manager', 'recruiter', 'district_recruiter'],
  'plan.read': EVERYONE,
  'plan.manage': ['state_admin'],
  'service.read': ['state_admin', 'state_consultant', 'region_director', 'data_specialist', 'district_staff'],
  'service.manage': ['state_admin', 'region_director', 'data_specialist'],
  'service.record': ['state_admin', 'region_director', 'data_specialist', 'district_staff'],
  'assessment.manage': ['state_admin', 'region_director', 'data_specialist'],
  'appr.review': ['state_admin', 'region_director', 'data_specialist'],
  'child_count.certify': ['state_admin'],
  'calendar.read': READERS_OF_COES.filter((role) => role !== 'district_recruiter'),
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
  'msix.read': ['state_admin', 'state_consultant', 'data_specialist'],
  'msix.export': ['state_admin'],
  'msix.attach': ['state_admin', 'data_specialist'],
};

/** Whether the table above lets `role` take `permission`. */
export function isExpectedToHold(role: Role, permission: Permission): boolean {
  return EXPECTED_ROLES_BY_PERMISSION[permission].includes(role);
}
