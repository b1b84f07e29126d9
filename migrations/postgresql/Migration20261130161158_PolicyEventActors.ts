import { Migration } from '@mikro-orm/migrations';

export class Migration20261130161158_PolicyEventActors extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "policy_event" add column "changed_by" varchar(100) null, add column "reloaded_by" varchar(100) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "policy_event" drop column "changed_by", drop column "reloaded_by";`);
  }

}
