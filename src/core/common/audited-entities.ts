/**
 * The kinds of record whose changes the audit log keeps (STYLE §8: audit events are a typed
 * union), in the order the audit page offers them as a filter.
 */
export const AUDITED_ENTITIES = [
  'child',
  'family',
  'family_member',
  'enrollment',
  'coe',
  'child_eligibility',
  'residency_contact',
  'reinterview',
  'user',
  'referral',
  'referral_import',
  'family_contact',
  'region_holidays',
  'school_contact',
  'qualification_import',
  'data_packet_protocol',
  'da_import',
  'da_determination',
  'da_assistance',
  'da_rule_set',
  'eligibility_settings',
  'plan_version',
  'services_import',
  'service',
  'service_enrollment',
  'service_attendance',
  'service_test',
  'service_code_map',
  'assessment_result',
  'assessment_import',
  'services_settings',
  'child_school_status',
  'appr_review',
  'child_count_certification',
  'demo_dataset',
  'database',
] as const;

export type AuditedEntity = (typeof AUDITED_ENTITIES)[number];
