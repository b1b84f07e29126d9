import { Migration } from '@mikro-orm/migrations';

export class Migration20261130133010_CollectionsWalkIndex extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index \`invoice_status_id_index\` on \`invoice\` (\`status\`, \`id\`);`);
  }

}
