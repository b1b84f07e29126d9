import { Migration } from '@mikro-orm/migrations';

export class Migration20261208022508_TermExtensionStatus extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "term_extension" add column "status" text check ("status" in ('GRANTED', 'PENDING', 'DECLINED')) not null default 'GRANTED';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "term_extension" drop column "status";`);
  }

}
