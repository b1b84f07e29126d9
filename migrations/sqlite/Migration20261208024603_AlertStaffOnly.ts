import { Migration } from '@mikro-orm/migrations';

export class Migration20261208024603_AlertStaffOnly extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`risk_alert\` add column \`staff_only\` integer not null default false;`);
    // Referral alerts raised before the column: staff only too (the types rules/alerts.json shipped for the REFERRAL_* sources).
    this.addSql(`update \`risk_alert\` set \`staff_only\` = 1 where \`type\` in ('REFERRAL_OPENED', 'REFERRAL_DUE', 'REFERRAL_EXPIRED', 'REFERRAL_RESOLVED');`);
  }

}
