import { Migration } from '@mikro-orm/migrations';

export class Migration20261130140106_InvoiceWrittenOffOn extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "invoice" add column "written_off_on" date null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "invoice" drop column "written_off_on";`);
  }

}
