/**
 * The roles of Ciclo's users and what each may do (DESIGN "Who uses it"). One permission
 * vocabulary, default deny (STYLE §7): a role has exactly the permissions listed here.
 * Scope (which region or district) is checked separately, in access-scope.ts.
 */
export const ROLES = [
  'state_admin',
  'state_consultant',
  'region_director',
  'ir_manager',
  'data_specialist',
  'recruiter',
  'reviewer',
  'district_staff',
  'district_recruiter',
] as const;

export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'organization.read',
  'organization.manage',
  'child.read',
  'child.write',
  'child.delete',
  /** Merge, split and undo children who are one child (IR5); the queue of likely matches. */
  'child.reconcile',
  'family.read',
  'family.write',
  'enrollment.write',
  'audit.read',
  'user.read',
  'user.manage',
  'eligibility.determine',
  'coe.read',
  'coe.prepare',
  'coe.review',
  'qc.manage',
  'qc.reinterview',
  'qualification.import',
  'report.read',
  'da.read',
  'da.manage',
  'da.assist',
  'school_contact.read',
  'school_contact.write',
  'school_contact.manage',
  'referral.read',
  'referral.import',
  'referral.assign',
  'referral.contact',
  'eligibility.settings',
  'plan.read',
  'plan.manage',
  'service.read',
  'service.manage',
  'service.record',
  'assessment.manage',
  'appr.review',
  'child_count.certify',
  'calendar.read',
  'calendar.work',
  'calendar.manage',
  'calendar.settings',
  'plan_development.read',
  'plan_development.contribute',
  'plan_development.manage',
  'monitoring.read',
  'monitoring.manage',
  'application.approve',
  'epc.verify',
  'data_close.manage',
  'improvement.network',
  'improvement.project',
  'msix.read',
  'msix.export',
  'msix.attach',
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const READ_CHILDREN: Permission[] = [
  'organization.read',
  'child.read',
  'family.read',
  'eligibility.determine',
  'coe.read',
  'report.read',
];
const WRITE_CHILDREN: Permission[] = ['child.write', 'family.write', 'enrollment.write', 'coe.prepare'];
/** The IDR School Contact Log: record and read one's own; `manage` reads and edits the region's. */
const LOG_SCHOOL_CONTACTS: Permission[] = ['school_contact.read', 'school_contact.write'];

/** Referral lists and the contact queue: managers import, rank and assign; recruiters contact. */
const MANAGE_REFERRALS: Permission[] = [
  'referral.read',
  'referral.import',
  'referral.assign',
  'referral.contact',
];

/** Services: the region sets them up; the region and the districts that provide them record enrollment, attendance and tests. */
const RUN_SERVICES: Permission[] = ['service.read', 'service.manage', 'service.record', 'assessment.manage'];

/** The annual calendar: the region's staff work their items; the director assigns them and opens a year. */
const WORK_CALENDAR: Permission[] = ['calendar.read', 'calendar.work'];

/** Monitoring (issue 13): the region's applications and monitoring log; district staff their district's agreements. */
const MANAGE_MONITORING: Permission[] = ['monitoring.read', 'monitoring.manage'];

const ROLE_PERMISSIONS: Record<Role, ReadonlySet<Permission>> = {
  state_admin: new Set(PERMISSIONS),
  state_consultant: new Set([
    ...READ_CHILDREN,
    'da.read',
    'plan.read',
    'service.read',
    'calendar.read',
    'plan_development.read',
    'plan_development.contribute',
    'monitoring.read',
    'application.approve',
    'epc.verify',
    'improvement.network',
    'msix.read',
  ]),
  region_director: new Set([
    ...READ_CHILDREN,
    ...WRITE_CHILDREN,
    'user.read',
    'da.read',
    'da.assist',
    ...LOG_SCHOOL_CONTACTS,
    'school_contact.manage',
    ...MANAGE_REFERRALS,
    'plan.read',
    ...RUN_SERVICES,
    'appr.review',
    ...WORK_CALENDAR,
    'calendar.manage',
    ...MANAGE_MONITORING,
    'application.approve',
    'improvement.project',
  ]),
  ir_manager: new Set([
    ...READ_CHILDREN,
    ...WRITE_CHILDREN,
    'child.delete',
    'user.read',
    ...LOG_SCHOOL_CONTACTS,
    'school_contact.manage',
    ...MANAGE_REFERRALS,
    'plan.read',
    ...WORK_CALENDAR,
    'improvement.project',
  ]),
  data_specialist: new Set([
    ...READ_CHILDREN,
    ...WRITE_CHILDREN,
    'child.delete',
    // one child across identifiers: the region's reconciliation queue (IR5.7)
    'child.reconcile',
    ...LOG_SCHOOL_CONTACTS,
    'referral.read',
    'referral.import',
    'plan.read',
    ...RUN_SERVICES,
    'appr.review',
    ...WORK_CALENDAR,
    'monitoring.read',
    'improvement.project',
    // the MSIX validation report of the region (issue 21); the export is the state's
    'msix.read',
    // other states' consolidated records attached to the region's children (X11.4)
    'msix.attach',
  ]),
  recruiter: new Set([
    ...READ_CHILDREN,
    ...WRITE_CHILDREN,
    ...LOG_SCHOOL_CONTACTS,
    'referral.read',
    'referral.contact',
    'plan.read',
    'calendar.read',
  ]),
  reviewer: new Set([...READ_CHILDREN, 'coe.review', 'qc.reinterview', 'plan.read', 'calendar.read']),
  district_staff: new Set([
    'organization.read',
    'child.read',
    'family.read',
    'enrollment.write',
    'plan.read',
    'service.read',
    'service.record',
    ...MANAGE_MONITORING,
  ]),
  // A recruiter a school district employs (DR1): the contact queue, interviews, COEs and the
  // school contact log, for the families of that district only (scope in access-scope.ts).
  district_recruiter: new Set([
    'organization.read',
    'child.read',
    'family.read',
    // the family of an interview, recorded for their district (DR1.5)
    'family.write',
    'eligibility.determine',
    'coe.read',
    'coe.prepare',
    'referral.read',
    'referral.contact',
    ...LOG_SCHOOL_CONTACTS,
    // every role reads the State Service Delivery Plan the services follow
    'plan.read',
  ]),
};

/** Whether `role` carries `permission`. */
export function hasPermission(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].has(permission);
}

/** Every permission of a role, for the UI to hide what the user cannot do. */
export function permissionsOf(role: Role): Permission[] {
  return PERMISSIONS.filter((p) => ROLE_PERMISSIONS[role].has(p));
}

/** Whether a role is scoped to one region (and so must have one). */
export function isRegionRole(role: Role): boolean {
  return (
    role === 'region_director' || role === 'ir_manager' || role === 'data_specialist' || role === 'recruiter'
  );
}
