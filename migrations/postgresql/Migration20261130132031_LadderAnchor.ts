import { Migration } from '@mikro-orm/migrations';

export class Migration20261130132031_LadderAnchor extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "invoice" add column "ladder_anchor_date" date null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "invoice" drop column "ladder_anchor_date";`);
  }

}
