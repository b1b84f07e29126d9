import { Migration } from '@mikro-orm/migrations';

export class Migration20261208020748_ReferralDueAlert extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "referral" add column "due_alerted_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "referral" drop column "due_alerted_at";`);
  }

}
