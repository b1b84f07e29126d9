import { Migration } from '@mikro-orm/migrations';

export class Migration20261208022507_TermExtensionStatus extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`term_extension\` add column \`status\` text check (\`status\` in ('GRANTED', 'PENDING', 'DECLINED')) not null default 'GRANTED';`);
  }

}
