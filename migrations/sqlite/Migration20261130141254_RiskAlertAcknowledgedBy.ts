import { Migration } from '@mikro-orm/migrations';

export class Migration20261130141254_RiskAlertAcknowledgedBy extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`risk_alert\` add column \`acknowledged_by\` text null;`);
  }

}
