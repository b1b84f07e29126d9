import { Migration } from '@mikro-orm/migrations';

export class Migration20261208020747_ReferralDueAlert extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`referral\` add column \`due_alerted_at\` datetime null;`);
  }

}
