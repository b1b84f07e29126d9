import { Migration } from '@mikro-orm/migrations';

export class Migration20261208012457_Referrals extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "referral" ("id" uuid not null, "mutation" varchar(64) not null, "subject_type" text check ("subject_type" in ('CUSTOMER', 'INVOICE', 'INSURANCE_POLICY', 'FX_RATE')) not null, "subject_id" varchar(100) null, "subject_label" varchar(100) not null, "customer_id" uuid null, "invoice_id" uuid null, "requested_by" varchar(100) not null, "reasons" jsonb not null, "facts" jsonb not null, "decision_id" uuid not null, "authority_decision_ids" jsonb not null, "required_level" varchar(32) not null, "required_approvals" smallint not null, "due_in_business_days" smallint not null, "policy_gap" text null, "state" text check ("state" in ('OPEN', 'APPROVED', 'MODIFIED', 'DECLINED', 'EXPIRED', 'WITHDRAWN')) not null default 'OPEN', "due_at" timestamptz not null, "amount_minor" bigint null, "currency" varchar(3) null, "amount_base_minor" bigint not null, "held_request" jsonb not null, "resolved_by" varchar(100) null, "resolved_at" timestamptz null, "resolution_note" text null, "applied_at" timestamptz null, "apply_result" jsonb null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "referral_pkey" primary key ("id"));`);
    this.addSql(`create index "referral_invoice_id_index" on "referral" ("invoice_id");`);
    this.addSql(`create index "referral_due_at_id_index" on "referral" ("due_at", "id");`);
    this.addSql(`create index "referral_customer_id_due_at_id_index" on "referral" ("customer_id", "due_at", "id");`);
    this.addSql(`create index "referral_state_due_at_id_index" on "referral" ("state", "due_at", "id");`);

    this.addSql(`create table "referral_approval" ("id" uuid not null, "referral_id" uuid not null, "approver_id" varchar(100) not null, "role" text check ("role" in ('VIEWER', 'OPERATOR', 'RISK_OFFICER', 'CREDIT_MANAGER', 'INSURER', 'PARTNER', 'ADMIN')) not null, "note" text null, "created_at" timestamptz not null, constraint "referral_approval_pkey" primary key ("id"));`);
    this.addSql(`alter table "referral_approval" add constraint "referral_approval_referral_id_approver_id_unique" unique ("referral_id", "approver_id");`);

    this.addSql(`alter table "referral" add constraint "referral_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "referral" add constraint "referral_invoice_id_foreign" foreign key ("invoice_id") references "invoice" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "referral" add constraint "referral_decision_id_foreign" foreign key ("decision_id") references "decision_record" ("id") on update cascade;`);

    this.addSql(`alter table "referral_approval" add constraint "referral_approval_referral_id_foreign" foreign key ("referral_id") references "referral" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "referral_approval" drop constraint "referral_approval_referral_id_foreign";`);

    this.addSql(`drop table if exists "referral" cascade;`);

    this.addSql(`drop table if exists "referral_approval" cascade;`);
  }

}
