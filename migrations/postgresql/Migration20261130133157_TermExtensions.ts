import { Migration } from '@mikro-orm/migrations';

export class Migration20261130133157_TermExtensions extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "term_extension" ("id" uuid not null, "invoice_id" uuid not null, "reason" text check ("reason" in ('LIQUIDITY', 'OPERATING_DIFFICULTY', 'DISPUTE', 'OTHER')) not null, "note" text null, "requested_days" smallint not null, "granted_days" smallint not null, "previous_due_date" date not null, "new_due_date" date not null, "guarantee_required" boolean not null, "requested_on" date not null, "decision_id" uuid not null, "created_at" timestamptz not null, constraint "term_extension_pkey" primary key ("id"));`);
    this.addSql(`create index "term_extension_invoice_id_index" on "term_extension" ("invoice_id");`);

    this.addSql(`alter table "term_extension" add constraint "term_extension_invoice_id_foreign" foreign key ("invoice_id") references "invoice" ("id") on update cascade;`);
    this.addSql(`alter table "term_extension" add constraint "term_extension_decision_id_foreign" foreign key ("decision_id") references "decision_record" ("id") on update cascade;`);

    this.addSql(`alter table "invoice" add column "original_due_date" date null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "term_extension" cascade;`);

    this.addSql(`alter table "invoice" drop column "original_due_date";`);
  }

}
