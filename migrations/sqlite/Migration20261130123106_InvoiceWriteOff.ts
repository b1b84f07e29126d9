import { Migration } from '@mikro-orm/migrations';

export class Migration20261130123106_InvoiceWriteOff extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`invoice\` add column \`written_off_minor\` bigint not null default 0;`);
    this.addSql(`alter table \`invoice\` add column \`write_off_reason\` text null;`);
  }

}
