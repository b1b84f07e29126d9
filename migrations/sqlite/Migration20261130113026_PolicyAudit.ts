import { Migration } from '@mikro-orm/migrations';

export class Migration20261130113026_PolicyAudit extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`policy_event\` (\`sequence\` integer not null primary key autoincrement, \`id\` text not null, \`kind\` text check (\`kind\` in ('LOADED', 'REFUSED')) not null, \`at\` datetime not null, \`name\` text null, \`version\` text null, \`hash\` text null, \`problems\` json not null);`);
    this.addSql(`create unique index \`policy_event_id_unique\` on \`policy_event\` (\`id\`);`);
    this.addSql(`create index \`policy_event_at_index\` on \`policy_event\` (\`at\`);`);

    this.addSql(`create table \`policy_version\` (\`hash\` text not null, \`name\` text not null, \`version\` text not null, \`effective_from\` date null, \`body\` json not null, \`first_loaded_at\` datetime not null, primary key (\`hash\`));`);

    this.addSql(`alter table \`decision_record\` add column \`failed_rules\` json not null default '[]';`);
  }

}
