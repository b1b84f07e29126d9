import { Migration } from '@mikro-orm/migrations';

export class Migration20261130155514_IdempotencyKeys extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "idempotency_key" ("id" uuid not null, "scope" varchar(100) not null, "key" varchar(255) not null, "operation" varchar(64) not null, "request_hash" varchar(64) not null, "outcome" jsonb null, "created_at" timestamptz not null, constraint "idempotency_key_pkey" primary key ("id"));`);
    this.addSql(`alter table "idempotency_key" add constraint "idempotency_key_scope_key_unique" unique ("scope", "key");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "idempotency_key" cascade;`);
  }

}
