import { Migration } from '@mikro-orm/migrations';

export class Migration20261130141255_RiskAlertAcknowledgedBy extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "risk_alert" add column "acknowledged_by" varchar(100) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "risk_alert" drop column "acknowledged_by";`);
  }

}
