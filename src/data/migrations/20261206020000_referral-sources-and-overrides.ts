import { type Kysely, sql } from 'kysely';

/**
 * Referrals from every source (a list, typed by hand, a school contact's "obtained
 * referrals"), the list's own "Dates are same?" box, the rules' priority kept beside a
 * manager's override with its reason, the day the priority was last computed (it is computed
 * again each day the referral is read), the day a referral stopped being open (the month plan
 * of the quota counts what was open on the 1st), and a version for updates.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table referrals
    add column source text not null default 'school-list'
      check (source in ('school-list', 'community', 'employer', 'agency', 'self', 'other-region', 'school-contact')),
    add column school_contact_id uuid references school_contacts (id) on delete set null,
    add column entered_by uuid references users (id) on delete set null,
    add column dates_same boolean,
    add column rules_priority integer,
    add column priority_override integer check (priority_override between 1 and 10),
    add column priority_override_reason text,
    add column priority_override_by uuid references users (id) on delete set null,
    add column priority_override_at timestamptz,
    add column priority_computed_on date,
    add column done_on date,
    add column version integer not null default 1`.execute(db);
  await sql`update referrals set rules_priority = priority, priority_computed_on = created_at::date,
    done_on = case when status in ('interviewed', 'closed') then updated_at::date end`.execute(db);
  await sql`create index referrals_school_contact on referrals (school_contact_id) where school_contact_id is not null`.execute(db);
  await sql`create table recruiter_schedules (
    user_id uuid primary key references users (id) on delete cascade,
    weekdays jsonb not null,
    leave jsonb not null default '[]',
    version integer not null default 1,
    updated_by uuid references users (id) on delete set null,
    updated_at timestamptz not null default now()
  )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table recruiter_schedules`.execute(db);
  for (const column of [
    'version',
    'done_on',
    'priority_computed_on',
    'priority_override_at',
    'priority_override_by',
    'priority_override_reason',
    'priority_override',
    'rules_priority',
    'dates_same',
    'entered_by',
    'school_contact_id',
    'source',
  ])
    await sql`alter table referrals drop column ${sql.ref(column)}`.execute(db);
}
