import { Migration } from '@mikro-orm/migrations';

export class Migration20261206032653_RiskAlertPartnerMessage extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`risk_alert\` add column \`partner_message\` text null;`);
  }

}
