import { Migration } from '@mikro-orm/migrations';

export class Migration20261130115600_DecisionHistoryIndex extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index \`decision_record_business_date_id_index\` on \`decision_record\` (\`business_date\`, \`id\`);`);
  }

}
