/**
 * Row types that mirror the tables (STYLE §3: `Db*` rows, domain words elsewhere).
 * Column names follow Ed-Fi / CEDS element names where one exists (first_name,
 * last_surname, birth_date, birth_country, statewide_student_id, residency_date).
 */
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
/** A `date` column: always a `YYYY-MM-DD` string (see db.ts). */
type DateColumn = string;
type Json = ColumnType<unknown, string, string>;

export interface RegionsTable {
  id: Generated<string>;
  /** California's region number (1–23; some numbers are no longer used). */
  number: number;
  name: string;
  /** A county office of education region, or a district funded directly. */
  kind: 'county_office' | 'direct_funded_district';
  counties: ColumnType<string[], string[] | undefined, string[]>;
  /** Seven-digit CDS codes of the districts the region serves beyond its counties (a directly funded district). */
  district_codes: ColumnType<string[], string[] | undefined, string[]>;
  created_at: CreatedAt;
}

/** A district's or school's status in the state's school directory. */
export type DirectoryStatus = 'active' | 'pending' | 'closed' | 'merged';

export interface DistrictsTable {
  id: Generated<string>;
  region_id: string;
  /** Seven digits: county (2) and district (5) parts of the CDS code. */
  cds_code: string;
  name: string;
  county: string;
  /** Reimbursable districts deliver services under a region's agreement. */
  is_reimbursable: Generated<boolean>;
  status: Generated<DirectoryStatus>;
  closed_on: Generated<DateColumn | null>;
  /** The 7-digit NCES id, from the school directory's NCESDist; null when it gave none. */
  nces_id: Generated<string | null>;
}

export interface SchoolsTable {
  id: Generated<string>;
  district_id: string;
  /** Fourteen-digit County-District-School code. */
  cds_code: string;
  name: string;
  kind: Generated<'school' | 'site'>;
  status: Generated<DirectoryStatus>;
  opened_on: Generated<DateColumn | null>;
  closed_on: Generated<DateColumn | null>;
  is_charter: Generated<boolean>;
  street: Generated<string | null>;
  city: Generated<string | null>;
  zip: Generated<string | null>;
  /** The 12-digit NCES id, NCESDist followed by NCESSchool; null when the directory gave none. */
  nces_id: Generated<string | null>;
}

export type Role =
  | 'state_admin'
  | 'state_consultant'
  | 'region_director'
  | 'ir_manager'
  | 'data_specialist'
  | 'recruiter'
  | 'reviewer'
  | 'district_staff'
  | 'district_recruiter';

export interface UsersTable {
  id: Generated<string>;
  email: string;
  display_name: string;
  password_hash: string;
  role: Role;
  region_id: string | null;
  district_id: string | null;
  language: Generated<'en' | 'es'>;
  is_active: Generated<boolean>;
  /** Set when someone else chose the password: the user chooses a new one at the next sign-in. */
  must_change_password: Generated<boolean>;
  created_at: CreatedAt;
  /** Raised by every change of the account (409 on a stale edit). */
  version: Generated<number>;
  /** The position title the employer gives (PT1.1), printed on the school contact log; null when none was entered. */
  position_title: Generated<string | null>;
}

export interface UserAssignedRegionsTable {
  user_id: string;
  region_id: string;
}

export interface SessionsTable {
  /** SHA-256 of the session token: a stolen table does not yield usable cookies. */
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: CreatedAt;
  expires_at: Date;
  last_seen_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface FamiliesTable {
  id: Generated<string>;
  region_id: string;
  family_name: string;
  address_line: string | null;
  city: string | null;
  postal_code: string | null;
  phone: string | null;
  home_language: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  /** The key the recruiter's device sent with the create: a repeated create finds this family (ID7.3). */
  submission_key: Generated<string | null>;
  /** The school district the family was recorded for (a district recruiter's, DR1.5); null for a region's family. */
  district_id: Generated<string | null>;
  /** Raised by each edit of the name or contact details; an edit names the version it read. */
  version: Generated<number>;
}

export type FamilyRelation = 'parent' | 'guardian' | 'spouse' | 'worker';

export interface FamilyMembersTable {
  id: Generated<string>;
  family_id: string;
  relation: FamilyRelation;
  first_name: string;
  last_surname: string;
  second_surname: string | null;
  /** This person's work is the qualifying work for the family. */
  is_qualifying_worker: Generated<boolean>;
  /** Recorded so MSIX can be sent the male and the female parent's names (X7.4); null when not recorded. */
  sex: FamilyMemberSex | null;
  created_at: CreatedAt;
  /** Given by each insert: the order members were recorded in, members added together included. */
  recorded_order: Generated<number>;
}

export type FamilyMemberSex = 'female' | 'male';

export type Sex = 'female' | 'male' | 'nonbinary' | 'not_reported';

export interface ChildrenTable {
  id: Generated<string>;
  /** State-unique migrant student number assigned by Ciclo. */
  student_number: string;
  /** The state's statewide student identifier (SSID), when known. */
  statewide_student_id: string | null;
  /**
   * The student number of the child's imported qualification history, once matched (IR4):
   * the data packet counts the child's Ciclo COEs under it.
   */
  history_student_id: Generated<string | null>;
  /** History students a person said are not this child (IR4.2). */
  history_not_student_ids: Generated<string[]>;
  /** The MSIX Identification Number, 12 digits (IR5.1). */
  msix_id: string | null;
  /** The child a merge retired this one into (IR5.5): it leaves every list and count. */
  merged_into_id: string | null;
  region_id: string;
  family_id: string | null;
  first_name: string;
  middle_name: string | null;
  last_surname: string;
  second_surname: string | null;
  generation_code_suffix: string | null;
  birth_date: DateColumn;
  birth_city: string | null;
  birth_state: string | null;
  /** ISO 3166-1 alpha-2 country code. */
  birth_country: string;
  sex: Sex;
  /** Lower-case, accent-free names for search (see core/children/normalize-name.ts). */
  search_name: string;
  /** An English learner (S5.9): the child counts' English Learner Status. */
  english_learner: Generated<boolean>;
  /** A child with a disability under IDEA (S5.9): the child counts' Disability Status. */
  disability: Generated<boolean>;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface EnrollmentsTable {
  id: Generated<string>;
  child_id: string;
  district_id: string;
  school_id: string | null;
  enrollment_date: DateColumn;
  exit_date: DateColumn | null;
  /** The date the child began residing in the district (the COE's residency date). */
  residency_date: DateColumn | null;
  grade_level: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface AuditEventsTable {
  id: Generated<number>;
  occurred_at: CreatedAt;
  actor_user_id: string | null;
  /** The actor as shown in the log: the user's email, or `cli` / `system`. */
  actor_label: string;
  action: 'create' | 'update' | 'delete';
  entity_type: string;
  entity_id: string;
  region_id: string | null;
  child_id: string | null;
  before: Json | null;
  after: Json | null;
}

export interface CoesTable {
  id: Generated<string>;
  region_id: string;
  family_id: string | null;
  status: Generated<'draft' | 'submitted' | 'returned' | 'approved'>;
  /** The interview as the eligibility contract's input. */
  interview: Json;
  /** The engine's determination of that interview. */
  determination: Json;
  interview_date: DateColumn;
  residency_date: DateColumn | null;
  /** The qualifying work as written on the COE (e.g. "picking cherries"). */
  qualifying_work: string | null;
  comments: string | null;
  signature_kind: 'drawn' | 'paper' | null;
  /** A PNG data URL of a signature drawn on the screen. */
  signature_image: string | null;
  signer_name: string | null;
  signed_on: DateColumn | null;
  recruiter_id: string | null;
  submitted_at: Date | null;
  reviewer_id: string | null;
  reviewed_at: Date | null;
  review_comments: string | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  /** The referral the COE was prepared from (IR1.1). */
  referral_id: string | null;
  /** The school district of the interview: the children are enrolled there on approval (IR1.4). */
  district_id: string | null;
  /** When a correction removed the signature because it changed what it attests (IR2.1). */
  signature_cleared_at: Generated<Date | null>;
  /** The key the recruiter's device sent with the create: a repeated create finds this COE (ID7.3). */
  submission_key: Generated<string | null>;
}

export interface CoeChildrenTable {
  id: Generated<string>;
  coe_id: string;
  /** The child's id inside the interview (e.g. `c-1`). */
  interview_child_id: string;
  /** The Ciclo child, once linked or created (on approval for a new child). */
  child_id: string | null;
  /** Name, birth place… of a child Ciclo does not know yet. */
  child_facts: Json | null;
  eligible: boolean;
  qad: DateColumn | null;
  eligibility_end_date: DateColumn | null;
  end_reason: string | null;
  basis: string | null;
  relation: string | null;
  worker_move_date: DateColumn | null;
  moved_with_worker: Generated<boolean>;
  prior_coe: Generated<boolean>;
  /** Where the prior COE was found at approval (IR3; core/recruitment/prior-coe.ts). */
  prior_coe_sources: Generated<string[]>;
}

export interface CoeReviewsTable {
  id: Generated<string>;
  coe_id: string;
  reviewer_id: string | null;
  decision: 'approve' | 'return';
  comments: string | null;
  created_at: CreatedAt;
}

export interface ChildEligibilitiesTable {
  id: Generated<string>;
  child_id: string;
  coe_id: string | null;
  qad: DateColumn;
  eligibility_end_date: DateColumn | null;
  end_reason: string | null;
  basis: string | null;
  relation: string | null;
  worker_move_date: DateColumn | null;
  moved_with_worker: Generated<boolean>;
  approved_at: CreatedAt;
}

export interface ReinterviewSamplesTable {
  id: Generated<string>;
  seed: number;
  per_region: number;
  approved_from: DateColumn;
  approved_to: DateColumn;
  drawn_by: string | null;
  drawn_at: CreatedAt;
}

export interface ReinterviewsTable {
  id: Generated<string>;
  sample_id: string;
  coe_id: string;
  region_id: string;
  reinterviewer_id: string | null;
  result: 'confirmed' | 'discrepancy' | null;
  notes: string | null;
  completed_at: Date | null;
}

export interface ResidencyContactsTable {
  id: Generated<string>;
  child_id: string;
  contacted_on: DateColumn;
  contacted_by: string | null;
  still_resides: boolean;
  notes: string | null;
  created_at: CreatedAt;
}

/** Failed sign-ins of one account from one source address (`key`: a SHA-256 of both). */
export interface SignInFailuresTable {
  key: string;
  attempts: number;
  last_at: Date;
  locked_until: Date | null;
}

export interface AppStateTable {
  key: string;
  value: Json;
  /** Raised by each save of a state setting, which names the version it read (0: never saved). */
  version: Generated<number>;
}

export interface QualificationRecordsTable {
  student_id: string;
  coe_id: string;
  region: number;
  birth_date: DateColumn;
  qad: DateColumn;
  residency_date: DateColumn;
  recruitment_date: DateColumn;
  worker_move_date: DateColumn;
  moved_with_worker: boolean;
  prior_coe: boolean | null;
  source_file: string | null;
  imported_at: CreatedAt;
}

/** View: imported history plus the children of approved COEs, alike. */
export type QualificationRowsView = Omit<QualificationRecordsTable, 'source_file' | 'imported_at'> & {
  /** The engine's basis (`sqm`, `qualifying-work`) of a Ciclo COE's child; null for imported history. */
  basis: string | null;
  /** The family a Ciclo COE certified; null for imported history (the COE is the family). */
  family_id: string | null;
};

export interface DataPacketProtocolsTable {
  id: Generated<string>;
  /** null: the state team. */
  region_id: string | null;
  from_period: string;
  to_period: string;
  facts: Generated<string>;
  tells: Generated<string>;
  strengths: Generated<string>;
  problems: Generated<string>;
  updated_by: string | null;
  updated_at: UpdatedAt;
  version: Generated<number>;
}

export interface DaImportsTable {
  id: Generated<string>;
  /** The determination year asked for at upload; a run may ask for another year of the files. */
  year: number;
  rules: string;
  /** The CSV text of each contract file (XLSX already converted), by file name. */
  files: Json;
  /** What was read: LEAs, years, rows per file, rows ignored and why. */
  summary: Json;
  uploaded_by: string | null;
  uploaded_by_label: string;
  uploaded_at: CreatedAt;
}

export interface DaDeterminationsTable {
  id: Generated<string>;
  import_id: string;
  year: number;
  rules: string;
  lea_count: number;
  eligible_count: number;
  run_by: string | null;
  run_by_label: string;
  run_at: CreatedAt;
}

export interface DaLeaDecisionsTable {
  determination_id: string;
  lea_id: string;
  lea_name: string | null;
  lea_type: 'district' | 'coe' | 'charter';
  county: string | null;
  eligible: boolean;
  intensive: boolean;
  /** The determination-year groups that meet the threshold. */
  student_groups: ColumnType<string[], string[] | undefined, string[]>;
  /** The contract's decision for the LEA, the areas with the rows that met them, and the plain-words explanation. */
  decision: Json;
}

export interface DaAssistanceRecordsTable {
  id: Generated<string>;
  lea_id: string;
  lea_name: string | null;
  provided_on: DateColumn;
  kind: 'meeting' | 'training' | 'coaching' | 'data_review' | 'site_visit' | 'other';
  themes: ColumnType<string[], string[] | undefined, string[]>;
  summary: string | null;
  next_steps: string | null;
  /** Who gave the assistance, as written (names, county office). */
  provided_by: string;
  /** The county office (region) that recorded it; null for the state. */
  region_id: string | null;
  recorded_by: string | null;
  created_at: CreatedAt;
  /** Raised by each correction; a correction or removal names the version it read. */
  version: Generated<number>;
}

/** A line of the IDR School Contact Log; `outcomes` is `[{ code, detail }]`. */
export interface SchoolContactsTable {
  id: Generated<string>;
  user_id: string;
  school_id: string;
  /** The region of the school's district. */
  region_id: string;
  contact_date: DateColumn;
  contact_type: 'phone_contact' | 'drop_in' | 'scheduled_visit' | 'appointment';
  outcomes: Json;
  notes: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  /** Raised by each edit; an edit or removal names the version it read. */
  version: Generated<number>;
}

export interface ReferralColumnMappingsTable {
  district_id: string;
  mapping: Json;
  updated_by: string | null;
  updated_at: UpdatedAt;
}

export interface ReferralImportsTable {
  id: Generated<string>;
  region_id: string;
  district_id: string;
  file_name: string;
  rows: number;
  added: number;
  already_listed: number;
  skipped: Json;
  imported_by: string | null;
  imported_at: CreatedAt;
}

export interface ReferralsTable {
  id: Generated<string>;
  region_id: string;
  district_id: string;
  import_id: string | null;
  referral_key: string;
  first_name: string;
  middle_name: string | null;
  last_surname: string;
  second_surname: string | null;
  birth_date: DateColumn;
  district_enter_date: DateColumn | null;
  school_enter_date: DateColumn | null;
  school_name: string | null;
  grade: string | null;
  hispanic: boolean | null;
  prior_migrant: boolean | null;
  home_language: string | null;
  guardian_name: string | null;
  phone: string | null;
  address: string | null;
  local_student_id: string | null;
  matched_child_id: string | null;
  match_reasons: Generated<string[]>;
  priority: number;
  priority_reasons: Generated<Json>;
  status: Generated<'pending' | 'in-progress' | 'interviewed' | 'closed'>;
  assigned_to: string | null;
  received_on: DateColumn;
  first_contacted_on: DateColumn | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  /** The approved COE that closed the referral (IR1.1, IR1.2). */
  closed_by_coe_id: Generated<string | null>;
  source: Generated<
    'school-list' | 'community' | 'employer' | 'agency' | 'self' | 'other-region' | 'school-contact' | 'msix-move-notice'
  >;
  /** The school contact whose "obtained referrals" brought it. */
  school_contact_id: Generated<string | null>;
  /** Who typed it by hand (a list's referrals have their import). */
  entered_by: Generated<string | null>;
  /** The list's own "Dates are same?" box, where the list has one. */
  dates_same: Generated<boolean | null>;
  /** The rules' priority (null: the same as `priority`); `priority` is the override when a manager set one. */
  rules_priority: Generated<number | null>;
  priority_override: Generated<number | null>;
  priority_override_reason: Generated<string | null>;
  priority_override_by: Generated<string | null>;
  priority_override_at: Generated<Date | null>;
  /** The day the rules' priority was last computed (it is computed again each day it is read). */
  priority_computed_on: Generated<DateColumn | null>;
  /** The day it stopped being open (interviewed or closed). */
  done_on: Generated<DateColumn | null>;
  version: Generated<number>;
}

/** A recruiter's own working weekdays (0 Sunday … 6 Saturday) and leave, for the contact quota. */
export interface RecruiterSchedulesTable {
  user_id: string;
  weekdays: Json;
  leave: Json;
  version: Generated<number>;
  updated_by: string | null;
  updated_at: UpdatedAt;
}

export interface PrioritizationRuleSetsTable {
  region_id: string;
  lowest_priority: number;
  rules: Json;
  updated_by: string | null;
  updated_at: UpdatedAt;
}

export interface RegionHolidaysTable {
  region_id: string;
  holiday: DateColumn;
  name: string;
}

export interface FamilyContactsTable {
  id: Generated<string>;
  referral_id: string;
  contacted_on: DateColumn;
  attempt_type: string;
  outcome: string;
  notes: string | null;
  contacted_by: string | null;
  created_at: CreatedAt;
}

export interface DaRuleSetsTable {
  id: string;
  definition: Json;
  source: 'web' | 'startup-file';
  updated_by: string | null;
  updated_at: UpdatedAt;
  /** Raised by each save; a save or removal from the web app names the version it read. */
  version: Generated<number>;
}

/** A version of the State Service Delivery Plan; services and results keep the version they were delivered under. */
export interface PlanVersionsTable {
  id: Generated<string>;
  name: string;
  status: Generated<'draft' | 'adopted' | 'superseded'>;
  adopted_on: DateColumn | null;
  /** Demo values, which the pages label as such (the plan's real wording is the state's to enter). */
  demo: Generated<boolean>;
  notes: string | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface PlanNeedAreasTable {
  plan_version_id: string;
  code: string;
  name_en: string;
  name_es: string;
  sort_order: number;
}

export interface PlanMposTable {
  plan_version_id: string;
  number: string;
  need_area: string;
  /** `MpoPopulation` of src/core/services. */
  population: Json;
  min_hours: number | null;
  /** `GrowthRule` of src/core/services. */
  growth: Json;
  target: number;
  min_n: number;
  statement_en: Generated<string>;
  statement_es: Generated<string>;
  terms: ColumnType<string[], string[] | undefined, string[]>;
  sort_order: number;
}

export interface PlanStrategiesTable {
  plan_version_id: string;
  number: string;
  need_area: string;
  text_en: string;
  text_es: string;
  implementer: 'region' | 'district' | 'either';
  epc_verified: Generated<boolean>;
  sort_order: number;
}

/** Spans of eligibility brought from a previous system (contract services/FORMAT.md `children.csv`). */
export interface StudentEligibilitySpansTable {
  student_id: string;
  birth_date: DateColumn;
  eligible_from: DateColumn;
  eligible_to: DateColumn;
  /** The child's grade as the record writes it (docs/rules/services.md S5.4). */
  grade: string | null;
  english_learner: Generated<boolean>;
  disability: Generated<boolean>;
  imported_at: CreatedAt;
}

/** Imported spans together with Ciclo's approved eligibilities (QAD to end of eligibility). */
export type EligibilitySpansView = Omit<StudentEligibilitySpansTable, 'imported_at'>;

export interface AssessmentResultsTable {
  student_id: string;
  subject: 'ELA' | 'MATH' | 'ELPAC';
  school_year: string;
  level: number;
  source: Generated<'entered' | 'imported'>;
  recorded_by: string | null;
  recorded_at: CreatedAt;
  /** Raised by every change: a correction or removal names the version it read. */
  version: Generated<number>;
}

export interface ServicesTable {
  id: Generated<string>;
  /** The service's id in the region's records (the contract's `service_id`). */
  code: string;
  plan_version_id: string | null;
  region_id: string;
  /** The reimbursable district that provides it; null when the region does. */
  district_id: string | null;
  name: string;
  term: 'RSY' | 'SUMMER' | 'INTERSESSION';
  site: string | null;
  start_date: DateColumn;
  end_date: DateColumn;
  actual_start_date: DateColumn | null;
  actual_end_date: DateColumn | null;
  funding_resource: '3060' | '3061' | '3110' | null;
  application_kind: 'regional_application' | 'dsa' | 'mou' | null;
  application_line: string | null;
  mpos: ColumnType<string[], string[] | undefined, string[]>;
  strategies: ColumnType<string[], string[] | undefined, string[]>;
  components: ColumnType<string[], string[] | undefined, string[]>;
  pd_required: Generated<boolean>;
  instrument_name: string | null;
  instrument_min: number;
  instrument_max: number;
  higher_is_better: Generated<boolean>;
  instrument_levels: Json | null;
  session_minutes: number | null;
  state_service_code: string | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface ServiceCodeMapTable {
  region_id: string;
  local_code: string;
  state_code: string;
  valid_from: DateColumn;
  valid_to: DateColumn | null;
}

export interface ServiceEnrollmentsTable {
  id: Generated<number>;
  service_id: string;
  student_id: string;
  enrolled_on: DateColumn;
  reason: 'below_proficient_ela' | 'below_proficient_math' | 'pre_k' | 'other' | null;
  created_at: CreatedAt;
  /** The sum of the enrollment's attendance, kept by triggers on service_attendance. */
  attended_minutes: Generated<number>;
  /** The enrollment's first day of attendance (null without any), kept by the same triggers. */
  first_attended_on: Generated<DateColumn | null>;
}

export interface ServiceAttendanceTable {
  enrollment_id: number;
  date: DateColumn;
  minutes: number;
}

export interface ServiceTestsTable {
  id: Generated<number>;
  enrollment_id: number;
  kind: 'pre' | 'post';
  date: DateColumn;
  score: number;
}

/** A subgrantee's Annual Performance Progress Report review, saved with the figures it was written on. */
export interface ApprReviewsTable {
  region_id: string;
  period: string;
  challenges: Generated<string>;
  practices: Generated<string>;
  goals: Generated<string>;
  figures: Json;
  saved_by: string | null;
  saved_at: CreatedAt;
  version: Generated<number>;
}

/** A certification of a period's federal child counts (S5.7): the figures and breakdowns as they were. */
export interface ChildCountCertificationsTable {
  id: Generated<string>;
  period: string;
  category1: number;
  category2: number;
  figures: Json;
  certified_by: string | null;
  certified_by_label: string;
  certified_at: CreatedAt;
}

/** A merge or split of children (IR5.5, IR5.6), with exactly the rows it moved. */
export interface ChildIdentityOperationsTable {
  id: Generated<string>;
  kind: 'merge' | 'split';
  kept_child_id: string;
  other_child_id: string;
  created_child: Generated<boolean>;
  override_reason: string | null;
  moved: Json;
  identifiers: Json;
  region_ids: string[];
  done_by: string | null;
  done_by_label: string;
  done_at: CreatedAt;
  undone_by: string | null;
  undone_by_label: string | null;
  undone_at: Date | null;
}

/** A pair of children a person said are not one child (IR5.4); the smaller id first. */
export interface ChildMatchDismissalsTable {
  first_child_id: string;
  second_child_id: string;
  reason: Generated<string>;
  dismissed_by: string | null;
  dismissed_by_label: string;
  dismissed_at: CreatedAt;
}

/** Each child a certification counted, and whether in Category 2. */
export interface ChildCountCertifiedChildrenTable {
  certification_id: string;
  student_id: string;
  category2: boolean;
}

/** A child's credit deficiency or dropping out, as a data specialist recorded it (S6.4, S6.5). */
export interface ChildSchoolStatusesTable {
  id: Generated<string>;
  child_id: string;
  kind: 'credit_deficient' | 'dropped_out';
  starts_on: DateColumn;
  ends_on: DateColumn | null;
  note: Generated<string>;
  recorded_by: string | null;
  recorded_at: CreatedAt;
}

export interface DocumentsTable {
  id: Generated<string>;
  organization_id: string;
  owner_type: string;
  owner_id: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  content: Buffer;
  uploaded_by: string | null;
  uploaded_at: CreatedAt;
}

/** An interview in progress, as its recruiter's device last sent it (ID1). */
export interface InterviewDraftsTable {
  id: string;
  user_id: string;
  region_id: string;
  label: string;
  content: Json;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** A task of a region's program year (docs/rules/calendar.md CA2). */
export interface CalendarItemsTable {
  id: Generated<string>;
  region_id: string;
  program_year: number;
  task_key: string;
  due_on: DateColumn;
  owner_id: string | null;
  status: Generated<'not_started' | 'in_progress' | 'done' | 'not_applicable'>;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** A note or link kept as evidence of a calendar item (CA2.4). */
export interface CalendarEvidenceTable {
  id: Generated<string>;
  item_id: string;
  kind: 'note' | 'link';
  text: string;
  added_by: string | null;
  added_by_label: string;
  added_at: CreatedAt;
}

/** A user's calendar feed: the SHA-256 hash of its secret (CA4.1). */
export interface CalendarFeedsTable {
  user_id: string;
  secret_hash: string;
  /** When the secret was made (a new secret replaces the old one). */
  created_at: UpdatedAt;
}

/** A regional application, DSA or MOU of a program year (docs/rules/monitoring.md MN2). */
export interface ApplicationsTable {
  id: Generated<string>;
  region_id: string;
  district_id: string | null;
  kind: 'regional_application' | 'dsa' | 'mou';
  program_year: string;
  status: Generated<'draft' | 'submitted' | 'approved' | 'revised'>;
  revision: Generated<number>;
  lines: Json;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** The state's SDP development, its content saved whole (docs/rules/plan-development.md). */
export interface SdpDevelopmentsTable {
  id: Generated<string>;
  name: string;
  content: Json;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** A stakeholder's comment on a draft SDP, with its response (PD4). */
export interface SdpFeedbackTable {
  id: Generated<string>;
  development_id: string;
  stakeholder_group: 'pac' | 'parents' | 'local_agencies' | 'mep_staff' | 'planning_team' | 'partners' | 'other';
  themes: ColumnType<string[], string[] | undefined, string[]>;
  comment: string;
  response: string | null;
  responded_by_label: string | null;
  responded_at: Date | null;
  recorded_by: string | null;
  recorded_by_label: string;
  version: Generated<number>;
  created_at: CreatedAt;
}

/** A strategy's EPC verification for a region, year and term (docs/rules/monitoring.md MN4). */
export interface EpcVerificationsTable {
  id: Generated<string>;
  region_id: string;
  /** The district subgrantee; null for the region's own verification (MN4.1). */
  district_id: Generated<string | null>;
  program_year: string;
  term: 'summer' | 'fall' | 'spring';
  strategy: string;
  links: Json;
  status: Generated<'pending' | 'verified' | 'needs_more'>;
  checklist: Generated<string[]>;
  verified_on: DateColumn | null;
  comment: Generated<string>;
  verified_by: string | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** A service's Service Implementation Monitoring Log entry for a month (docs/rules/monitoring.md MN5). */
export interface ServiceMonitoringEntriesTable {
  id: Generated<string>;
  service_id: string;
  year_month: string;
  started_on_time: 'yes' | 'no' | null;
  as_described: 'yes' | 'no' | null;
  attendance: 'yes' | 'no' | null;
  tests: 'yes' | 'no' | null;
  adjustment_kind: Generated<'none' | 'budget_revision' | 'cde_preapproval'>;
  adjustment_status: 'planned' | 'submitted' | 'approved' | 'denied' | null;
  note: Generated<string>;
  version: Generated<number>;
  saved_by: string | null;
  saved_at: Generated<Date>;
  created_at: CreatedAt;
}

/** An MSIX move notice imported as a recruiter task (docs/rules/msix.md X10). */
export interface MsixMoveNoticesTable {
  id: Generated<string>;
  /** MSIX's notice id: a notice is imported once. */
  notice_id: string;
  region_id: string;
  /** The task in the region's contact queue. */
  referral_id: string;
  notice_date: DateColumn;
  sending_state: string;
  from_city: string | null;
  to_city: string;
  to_state: string;
  to_county: string | null;
  to_zip: string | null;
  expected_arrival: DateColumn | null;
  /** The notice's children as read (MoveNoticeChild[]). */
  children: Json;
  /** Parents, family contact, sender and comments as read. */
  family: Json;
  outcome: 'found-interviewed' | 'not-found' | 'moved-on' | null;
  outcome_on: DateColumn | null;
  moved_to_city: string | null;
  moved_to_state: string | null;
  outcome_coe_id: string | null;
  outcome_by: string | null;
  outcome_at: Date | null;
  /** The outcome file that sent the answer back to MSIX. */
  outcome_export_id: string | null;
  imported_by: string | null;
  imported_at: CreatedAt;
  version: Generated<number>;
}

/** An outcome file of move notice answers (X10.6). */
export interface MsixMoveNoticeExportsTable {
  id: Generated<string>;
  region_id: string | null;
  answers: number;
  file_name: string;
  file_text: string;
  /** The day the file was made: the day the answers in it were sent. */
  sent_on: DateColumn;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface Database {
  regions: RegionsTable;
  districts: DistrictsTable;
  schools: SchoolsTable;
  users: UsersTable;
  user_assigned_regions: UserAssignedRegionsTable;
  sessions: SessionsTable;
  families: FamiliesTable;
  family_members: FamilyMembersTable;
  children: ChildrenTable;
  enrollments: EnrollmentsTable;
  audit_events: AuditEventsTable;
  app_state: AppStateTable;
  sign_in_failures: SignInFailuresTable;
  coes: CoesTable;
  coe_children: CoeChildrenTable;
  coe_reviews: CoeReviewsTable;
  child_eligibilities: ChildEligibilitiesTable;
  reinterview_samples: ReinterviewSamplesTable;
  reinterviews: ReinterviewsTable;
  residency_contacts: ResidencyContactsTable;
  qualification_records: QualificationRecordsTable;
  qualification_rows: QualificationRowsView;
  da_imports: DaImportsTable;
  da_determinations: DaDeterminationsTable;
  da_lea_decisions: DaLeaDecisionsTable;
  da_assistance_records: DaAssistanceRecordsTable;
  data_packet_protocols: DataPacketProtocolsTable;
  referral_column_mappings: ReferralColumnMappingsTable;
  referral_imports: ReferralImportsTable;
  referrals: ReferralsTable;
  msix_move_notices: MsixMoveNoticesTable;
  msix_move_notice_exports: MsixMoveNoticeExportsTable;
  prioritization_rule_sets: PrioritizationRuleSetsTable;
  region_holidays: RegionHolidaysTable;
  family_contacts: FamilyContactsTable;
  recruiter_schedules: RecruiterSchedulesTable;
  da_rule_sets: DaRuleSetsTable;
  school_contacts: SchoolContactsTable;
  plan_versions: PlanVersionsTable;
  plan_need_areas: PlanNeedAreasTable;
  plan_mpos: PlanMposTable;
  plan_strategies: PlanStrategiesTable;
  student_eligibility_spans: StudentEligibilitySpansTable;
  eligibility_spans: EligibilitySpansView;
  assessment_results: AssessmentResultsTable;
  services: ServicesTable;
  service_code_map: ServiceCodeMapTable;
  service_enrollments: ServiceEnrollmentsTable;
  service_attendance: ServiceAttendanceTable;
  service_tests: ServiceTestsTable;
  appr_reviews: ApprReviewsTable;
  child_count_certifications: ChildCountCertificationsTable;
  child_count_certified_children: ChildCountCertifiedChildrenTable;
  child_school_statuses: ChildSchoolStatusesTable;
  child_identity_operations: ChildIdentityOperationsTable;
  child_match_dismissals: ChildMatchDismissalsTable;
  documents: DocumentsTable;
  applications: ApplicationsTable;
  epc_verifications: EpcVerificationsTable;
  service_monitoring_entries: ServiceMonitoringEntriesTable;
  interview_drafts: InterviewDraftsTable;
  calendar_items: CalendarItemsTable;
  calendar_evidence: CalendarEvidenceTable;
  calendar_feeds: CalendarFeedsTable;
  improvement_cohorts: ImprovementCohortsTable;
  improvement_teams: ImprovementTeamsTable;
  improvement_meetings: ImprovementMeetingsTable;
  improvement_trainings: ImprovementTrainingsTable;
  improvement_projects: ImprovementProjectsTable;
  improvement_change_ideas: ImprovementChangeIdeasTable;
  improvement_pdsa_cycles: ImprovementPdsaCyclesTable;
  improvement_chart_phases: ImprovementChartPhasesTable;
  sdp_developments: SdpDevelopmentsTable;
  sdp_feedback: SdpFeedbackTable;
  program_year_closures: ProgramYearClosuresTable;
  msix_exports: MsixExportsTable;
  msix_export_records: MsixExportRecordsTable;
  msix_export_sent: MsixExportSentTable;
  msix_consolidated_records: MsixConsolidatedRecordsTable;
}

/** Whether a program year is closed by the Data Close (MN6.3, MN6.4). */
/** An export of changes to MSIX (issue 21, docs/rules/msix.md X7), with its CSV file. */
export interface MsixExportsTable {
  id: Generated<string>;
  created_at: CreatedAt;
  created_by: string | null;
  created_by_label: string;
  /** `{ inserted, updated, deleted, heldBack }` */
  counts: Json;
  file_name: string;
  file_text: string;
}

/** One child's MDE record as an export left it sent: the snapshot the next export compares with (X5.1). */
export interface MsixExportRecordsTable {
  /** The export that last sent this child's record: an unchanged or held-back child keeps its row. */
  export_id: string;
  child_key: string;
  record: Json;
}

/** What an export's file carried for one child (docs/rules/msix.md X8.2). */
export interface MsixExportSentTable {
  export_id: string;
  child_key: string;
  enrollments: Json;
  qualifying_arrival_dates: Json;
}

/** A consolidated record from other states attached to a child (docs/rules/msix.md X11.4). */
export interface MsixConsolidatedRecordsTable {
  id: Generated<string>;
  child_id: string;
  msix_id: string;
  sending_states: ColumnType<string[], string[], string[]>;
  received_on: DateColumn;
  file_name: string | null;
  /** The record as read (X11.1), in the layout's key order. */
  record: Json;
  attached_by: string | null;
  attached_by_label: string;
  attached_at: ColumnType<Date, Date | string | undefined, Date | string>;
  detached_by: string | null;
  detached_by_label: string | null;
  detached_at: Date | null;
  version: Generated<number>;
}

export interface ProgramYearClosuresTable {
  program_year: string;
  status: Generated<'open' | 'closed'>;
  changed_by: string | null;
  changed_by_label: string | null;
  changed_at: Date | null;
  reason: Generated<string>;
  version: Generated<number>;
}

/** A cohort of the professional learning network (IP3.1). */
export interface ImprovementCohortsTable {
  id: Generated<string>;
  name: string;
  start_year: number;
  end_year: number;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** A region's team in a cohort, with its members (IP3.2). */
export interface ImprovementTeamsTable {
  id: Generated<string>;
  cohort_id: string;
  region_id: string;
  members: Json;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** A cohort's session or a team's coaching call (IP3.3). */
export interface ImprovementMeetingsTable {
  id: Generated<string>;
  cohort_id: string;
  team_id: string | null;
  kind: 'session' | 'coaching';
  held_on: DateColumn;
  hours: string | number | null;
  agenda: Generated<string>;
  attendance: Json;
  notes: Generated<string>;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** A training of the log (IP3.4). */
export interface ImprovementTrainingsTable {
  id: Generated<string>;
  region_id: string | null;
  title: string;
  provider: string;
  held_on: DateColumn;
  audience: Json;
  topic: Generated<string>;
  new_recruiters_only: Generated<boolean>;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** A team's improvement project: its measure and aim (IP4.1). */
export interface ImprovementProjectsTable {
  id: Generated<string>;
  team_id: string;
  measure_id: string;
  aim_what: string;
  aim_for_whom: Generated<string>;
  aim_target: string | number;
  aim_by: DateColumn;
  baseline_value: string | number | null;
  chart_from: DateColumn;
  baseline_periods: number | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** A change idea with the drivers it works on (IP4.2). */
export interface ImprovementChangeIdeasTable {
  id: Generated<string>;
  project_id: string;
  primary_driver: string;
  secondary_driver: Generated<string>;
  idea: string;
  created_at: CreatedAt;
}

/** A PDSA cycle (IP4.3). */
export interface ImprovementPdsaCyclesTable {
  id: Generated<string>;
  project_id: string;
  change_idea_id: string | null;
  started_on: DateColumn;
  plan: string;
  prediction: string;
  do_notes: Generated<string>;
  study: Generated<string>;
  act: 'adopt' | 'adapt' | 'abandon' | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** A phase of a team's control chart, started from an adopted PDSA cycle or a plan strategy (IP5.8). */
export interface ImprovementChartPhasesTable {
  id: Generated<string>;
  project_id: string;
  measure_id: string;
  starts_on: DateColumn;
  pdsa_cycle_id: string | null;
  plan_version_id: string | null;
  plan_strategy: string | null;
  note: Generated<string>;
  created_at: CreatedAt;
}

export type DbRegion = Selectable<RegionsTable>;
export type DbDistrict = Selectable<DistrictsTable>;
export type DbSchool = Selectable<SchoolsTable>;
export type DbUser = Selectable<UsersTable>;
export type DbFamily = Selectable<FamiliesTable>;
export type DbFamilyMember = Selectable<FamilyMembersTable>;
export type DbChild = Selectable<ChildrenTable>;
export type NewDbChild = Insertable<ChildrenTable>;
export type DbChildUpdate = Updateable<ChildrenTable>;
export type DbEnrollment = Selectable<EnrollmentsTable>;
export type DbAuditEvent = Selectable<AuditEventsTable>;
