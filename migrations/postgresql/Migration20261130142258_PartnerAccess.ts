import { Migration } from '@mikro-orm/migrations';

export class Migration20261130142258_PartnerAccess extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "partner_access" ("id" uuid not null, "organisation_id" varchar(100) not null, "customer_id" uuid not null, "granted_by" varchar(100) not null, "granted_at" timestamptz not null, constraint "partner_access_pkey" primary key ("id"));`);
    this.addSql(`create index "partner_access_organisation_id_index" on "partner_access" ("organisation_id");`);
    this.addSql(`alter table "partner_access" add constraint "partner_access_organisation_id_customer_id_unique" unique ("organisation_id", "customer_id");`);

    this.addSql(`alter table "partner_access" add constraint "partner_access_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "partner_access" cascade;`);
  }

}
