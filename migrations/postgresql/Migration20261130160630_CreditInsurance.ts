import { Migration } from '@mikro-orm/migrations';

export class Migration20261130160630_CreditInsurance extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "insurance_policy" ("id" uuid not null, "insurer" varchar(200) not null, "number" varchar(64) not null, "country" varchar(2) not null, "period_start" date not null, "period_end" date not null, "covered_risks" jsonb not null, "indemnity_ppm_with_named_limit" int not null, "indemnity_ppm_without_named_limit" int not null, "max_credit_term_days" smallint not null, "max_extension_days" smallint not null, "protracted_default_waiting_days" smallint not null, "declaration_deadline_days" smallint not null, "claim_filing_deadline_days" smallint not null, "premium_rate_ppm" int not null, "decision_id" uuid null, "version" int not null default 1, "created_at" timestamptz not null, constraint "insurance_policy_pkey" primary key ("id"));`);
    this.addSql(`alter table "insurance_policy" add constraint "insurance_policy_number_unique" unique ("number");`);

    this.addSql(`create table "insurance_cover" ("id" uuid not null, "policy_id" uuid not null, "customer_id" uuid not null, "currency" varchar(3) not null, "limit_minor" bigint not null default 0, "named" boolean not null default false, "decision_id" uuid null, "version" int not null default 1, "updated_at" timestamptz not null, constraint "insurance_cover_pkey" primary key ("id"));`);
    this.addSql(`create index "insurance_cover_customer_id_index" on "insurance_cover" ("customer_id");`);
    this.addSql(`alter table "insurance_cover" add constraint "insurance_cover_policy_id_customer_id_unique" unique ("policy_id", "customer_id");`);

    this.addSql(`create table "claim_line" ("id" uuid not null, "claim_id" uuid not null, "invoice_id" uuid not null, "currency" varchar(3) not null, "insured_loss_minor" bigint not null, constraint "claim_line_pkey" primary key ("id"));`);
    this.addSql(`create index "claim_line_invoice_id_index" on "claim_line" ("invoice_id");`);
    this.addSql(`alter table "claim_line" add constraint "claim_line_claim_id_invoice_id_unique" unique ("claim_id", "invoice_id");`);

    this.addSql(`alter table "insurance_policy" add constraint "insurance_policy_decision_id_foreign" foreign key ("decision_id") references "decision_record" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "insurance_cover" add constraint "insurance_cover_policy_id_foreign" foreign key ("policy_id") references "insurance_policy" ("id") on update cascade;`);
    this.addSql(`alter table "insurance_cover" add constraint "insurance_cover_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade;`);
    this.addSql(`alter table "insurance_cover" add constraint "insurance_cover_decision_id_foreign" foreign key ("decision_id") references "decision_record" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "claim_line" add constraint "claim_line_claim_id_foreign" foreign key ("claim_id") references "claim" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "claim_line" add constraint "claim_line_invoice_id_foreign" foreign key ("invoice_id") references "invoice" ("id") on update cascade;`);

    this.addSql(`alter table "invoice" add column "insured_minor" bigint not null default 0, add column "insurance_cover_id" uuid null, add column "uninsured_reason" text null, add column "declared_overdue_on" date null, add column "declaration_alerted_on" date null, add column "claim_filing_alerted_on" date null, add column "indemnified_minor" bigint not null default 0;`);
    this.addSql(`alter table "invoice" add constraint "invoice_insurance_cover_id_foreign" foreign key ("insurance_cover_id") references "insurance_cover" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "claim" add column "insurance_policy_id" uuid null, add column "indemnity_ppm" int not null default 0, add column "indemnity_minor" bigint not null default 0, add column "refusal_reasons" jsonb not null default '[]', add column "reviewed_on" date null, add column "review_note" text null, add column "paid_minor" bigint not null default 0, add column "paid_on" date null, add column "written_off_minor" bigint not null default 0;`);
    this.addSql(`alter table "claim" add constraint "claim_insurance_policy_id_foreign" foreign key ("insurance_policy_id") references "insurance_policy" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "insurance_cover" drop constraint "insurance_cover_policy_id_foreign";`);

    this.addSql(`alter table "claim" drop constraint "claim_insurance_policy_id_foreign";`);

    this.addSql(`alter table "invoice" drop constraint "invoice_insurance_cover_id_foreign";`);

    this.addSql(`drop table if exists "insurance_policy" cascade;`);

    this.addSql(`drop table if exists "insurance_cover" cascade;`);

    this.addSql(`drop table if exists "claim_line" cascade;`);

    this.addSql(`alter table "claim" drop column "insurance_policy_id", drop column "indemnity_ppm", drop column "indemnity_minor", drop column "refusal_reasons", drop column "reviewed_on", drop column "review_note", drop column "paid_minor", drop column "paid_on", drop column "written_off_minor";`);

    this.addSql(`alter table "invoice" drop column "insured_minor", drop column "insurance_cover_id", drop column "uninsured_reason", drop column "declared_overdue_on", drop column "declaration_alerted_on", drop column "claim_filing_alerted_on", drop column "indemnified_minor";`);
  }

}
