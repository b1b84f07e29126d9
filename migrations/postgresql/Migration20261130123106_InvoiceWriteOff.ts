import { Migration } from '@mikro-orm/migrations';

export class Migration20261130123106_InvoiceWriteOff extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "invoice" add column "written_off_minor" bigint not null default 0, add column "write_off_reason" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "invoice" drop column "written_off_minor", drop column "write_off_reason";`);
  }

}
