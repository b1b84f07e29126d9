import { Migration } from '@mikro-orm/migrations';

export class Migration20261130113027_PolicyAudit extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "policy_event" ("sequence" serial primary key, "id" uuid not null, "kind" text check ("kind" in ('LOADED', 'REFUSED')) not null, "at" timestamptz not null, "name" varchar(100) null, "version" varchar(50) null, "hash" varchar(64) null, "problems" jsonb not null);`);
    this.addSql(`alter table "policy_event" add constraint "policy_event_id_unique" unique ("id");`);
    this.addSql(`create index "policy_event_at_index" on "policy_event" ("at");`);

    this.addSql(`create table "policy_version" ("hash" varchar(64) not null, "name" varchar(100) not null, "version" varchar(50) not null, "effective_from" date null, "body" jsonb not null, "first_loaded_at" timestamptz not null, constraint "policy_version_pkey" primary key ("hash"));`);

    this.addSql(`alter table "decision_record" add column "failed_rules" jsonb not null default '[]';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "policy_event" cascade;`);

    this.addSql(`drop table if exists "policy_version" cascade;`);

    this.addSql(`alter table "decision_record" drop column "failed_rules";`);
  }

}
