import { Migration } from '@mikro-orm/migrations';

export class Migration20261130102419_Initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "customer" ("id" uuid not null, "name" varchar(200) not null, "registration_number" varchar(64) not null, "country" varchar(2) not null, "currency" varchar(3) not null, "language" varchar(16) not null default 'en', "industry" varchar(100) null, "monthly_sales_minor" bigint not null, "relationship_start" date not null, "grade" smallint not null, "risk_tier" text check ("risk_tier" in ('A', 'B', 'C', 'D')) not null, "status" text check ("status" in ('ACTIVE', 'SUPPLY_SUSPENDED')) not null default 'ACTIVE', "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "customer_pkey" primary key ("id"));`);
    this.addSql(`alter table "customer" add constraint "customer_registration_number_unique" unique ("registration_number");`);
    this.addSql(`create index "customer_created_at_index" on "customer" ("created_at");`);

    this.addSql(`create table "decision_record" ("id" uuid not null, "mutation" varchar(64) not null, "outcome" varchar(32) not null, "business_date" date not null, "facts" jsonb not null, "fired_rules" jsonb not null, "policy_versions" jsonb not null, "explanation" text not null, "subject" varchar(100) null, "actor_id" varchar(100) null, "created_at" timestamptz not null, constraint "decision_record_pkey" primary key ("id"));`);
    this.addSql(`create index "decision_record_mutation_business_date_index" on "decision_record" ("mutation", "business_date");`);

    this.addSql(`create table "exposure" ("id" uuid not null, "customer_id" uuid not null, "credit_limit_minor" bigint not null default 0, "currency" varchar(3) not null, "version" int not null default 1, "updated_at" timestamptz not null, constraint "exposure_pkey" primary key ("id"));`);
    this.addSql(`alter table "exposure" add constraint "exposure_customer_id_unique" unique ("customer_id");`);

    this.addSql(`create table "invoice" ("id" uuid not null, "number" varchar(64) not null, "customer_id" uuid not null, "currency" varchar(3) not null, "amount_minor" bigint not null, "outstanding_minor" bigint not null, "issue_date" date not null, "term_days" smallint not null, "due_date" date not null, "status" text check ("status" in ('OPEN', 'PARTLY_PAID', 'PAID', 'OVERDUE', 'DISPUTED', 'WRITTEN_OFF')) not null default 'OPEN', "collection_stage" text check ("collection_stage" in ('NONE', 'REMINDER', 'PHONE_FOLLOW_UP', 'FORMAL_DEMAND', 'LEGAL')) not null default 'NONE', "decision_id" uuid null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "invoice_pkey" primary key ("id"));`);
    this.addSql(`alter table "invoice" add constraint "invoice_number_unique" unique ("number");`);
    this.addSql(`create index "invoice_status_due_date_index" on "invoice" ("status", "due_date");`);
    this.addSql(`create index "invoice_customer_id_issue_date_index" on "invoice" ("customer_id", "issue_date");`);

    this.addSql(`create table "claim" ("id" uuid not null, "customer_id" uuid not null, "invoice_id" uuid null, "cause" text check ("cause" in ('INSOLVENCY', 'PROTRACTED_DEFAULT', 'POLITICAL')) not null, "status" text check ("status" in ('FILED', 'UNDER_REVIEW', 'APPROVED', 'REJECTED', 'PAID')) not null default 'FILED', "currency" varchar(3) not null, "amount_minor" bigint not null, "filed_on" date not null, "note" text null, "decision_id" uuid null, "version" int not null default 1, "created_at" timestamptz not null, constraint "claim_pkey" primary key ("id"));`);
    this.addSql(`create index "claim_customer_id_index" on "claim" ("customer_id");`);

    this.addSql(`create table "limit_decision" ("id" uuid not null, "exposure_id" uuid not null, "kind" text check ("kind" in ('REQUESTED', 'APPROVED', 'PARTLY_APPROVED', 'REJECTED', 'REFERRED', 'REDUCED', 'CANCELLED')) not null, "requested_minor" bigint null, "previous_limit_minor" bigint not null, "new_limit_minor" bigint not null, "currency" varchar(3) not null, "reason" varchar(500) not null, "decision_id" uuid null, "decided_at" timestamptz not null, constraint "limit_decision_pkey" primary key ("id"));`);
    this.addSql(`create index "limit_decision_exposure_id_index" on "limit_decision" ("exposure_id");`);

    this.addSql(`create table "payment" ("id" uuid not null, "invoice_id" uuid not null, "currency" varchar(3) not null, "amount_minor" bigint not null, "received_on" date not null, "reference" varchar(140) null, "decision_id" uuid null, "created_at" timestamptz not null, constraint "payment_pkey" primary key ("id"));`);
    this.addSql(`create index "payment_invoice_id_index" on "payment" ("invoice_id");`);

    this.addSql(`create table "risk_alert" ("sequence" serial primary key, "id" uuid not null, "type" varchar(64) not null, "severity" text check ("severity" in ('INFO', 'WARNING', 'CRITICAL')) not null, "customer_id" uuid null, "invoice_id" uuid null, "message" text not null, "data" jsonb not null, "decision_id" uuid null, "created_at" timestamptz not null, "acknowledged_at" timestamptz null);`);
    this.addSql(`alter table "risk_alert" add constraint "risk_alert_id_unique" unique ("id");`);
    this.addSql(`create index "risk_alert_customer_id_index" on "risk_alert" ("customer_id");`);

    this.addSql(`alter table "exposure" add constraint "exposure_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "invoice" add constraint "invoice_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade;`);
    this.addSql(`alter table "invoice" add constraint "invoice_decision_id_foreign" foreign key ("decision_id") references "decision_record" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "claim" add constraint "claim_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade;`);
    this.addSql(`alter table "claim" add constraint "claim_invoice_id_foreign" foreign key ("invoice_id") references "invoice" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "claim" add constraint "claim_decision_id_foreign" foreign key ("decision_id") references "decision_record" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "limit_decision" add constraint "limit_decision_exposure_id_foreign" foreign key ("exposure_id") references "exposure" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "limit_decision" add constraint "limit_decision_decision_id_foreign" foreign key ("decision_id") references "decision_record" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "payment" add constraint "payment_invoice_id_foreign" foreign key ("invoice_id") references "invoice" ("id") on update cascade;`);
    this.addSql(`alter table "payment" add constraint "payment_decision_id_foreign" foreign key ("decision_id") references "decision_record" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "risk_alert" add constraint "risk_alert_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "risk_alert" add constraint "risk_alert_invoice_id_foreign" foreign key ("invoice_id") references "invoice" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "risk_alert" add constraint "risk_alert_decision_id_foreign" foreign key ("decision_id") references "decision_record" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "exposure" drop constraint "exposure_customer_id_foreign";`);

    this.addSql(`alter table "invoice" drop constraint "invoice_customer_id_foreign";`);

    this.addSql(`alter table "claim" drop constraint "claim_customer_id_foreign";`);

    this.addSql(`alter table "risk_alert" drop constraint "risk_alert_customer_id_foreign";`);

    this.addSql(`alter table "invoice" drop constraint "invoice_decision_id_foreign";`);

    this.addSql(`alter table "claim" drop constraint "claim_decision_id_foreign";`);

    this.addSql(`alter table "limit_decision" drop constraint "limit_decision_decision_id_foreign";`);

    this.addSql(`alter table "payment" drop constraint "payment_decision_id_foreign";`);

    this.addSql(`alter table "risk_alert" drop constraint "risk_alert_decision_id_foreign";`);

    this.addSql(`alter table "limit_decision" drop constraint "limit_decision_exposure_id_foreign";`);

    this.addSql(`alter table "claim" drop constraint "claim_invoice_id_foreign";`);

    this.addSql(`alter table "payment" drop constraint "payment_invoice_id_foreign";`);

    this.addSql(`alter table "risk_alert" drop constraint "risk_alert_invoice_id_foreign";`);

    this.addSql(`drop table if exists "customer" cascade;`);

    this.addSql(`drop table if exists "decision_record" cascade;`);

    this.addSql(`drop table if exists "exposure" cascade;`);

    this.addSql(`drop table if exists "invoice" cascade;`);

    this.addSql(`drop table if exists "claim" cascade;`);

    this.addSql(`drop table if exists "limit_decision" cascade;`);

    this.addSql(`drop table if exists "payment" cascade;`);

    this.addSql(`drop table if exists "risk_alert" cascade;`);
  }

}
