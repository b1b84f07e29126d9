import { Migration } from '@mikro-orm/migrations';

export class Migration20261130161156_PolicyEventActors extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`policy_event\` add column \`changed_by\` text null;`);
    this.addSql(`alter table \`policy_event\` add column \`reloaded_by\` text null;`);
  }

}
