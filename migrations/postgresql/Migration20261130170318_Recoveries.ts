import { Migration } from '@mikro-orm/migrations';

export class Migration20261130170318_Recoveries extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "invoice" add column "recovered_minor" bigint not null default 0, add column "recovered_for_insurer_minor" bigint not null default 0;`);

    this.addSql(`alter table "claim" add column "recovered_minor" bigint not null default 0, add column "owed_to_insurer_minor" bigint not null default 0;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "claim" drop column "recovered_minor", drop column "owed_to_insurer_minor";`);

    this.addSql(`alter table "invoice" drop column "recovered_minor", drop column "recovered_for_insurer_minor";`);
  }

}
