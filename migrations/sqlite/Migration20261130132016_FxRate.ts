import { Migration } from '@mikro-orm/migrations';

export class Migration20261130132016_FxRate extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`fx_rate\` (\`id\` text not null, \`from_currency\` text not null, \`to_currency\` text not null, \`rate\` text not null, \`effective_date\` date not null, \`set_by\` text not null, \`decision_id\` text null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`fx_rate_decision_id_foreign\` foreign key(\`decision_id\`) references \`decision_record\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`fx_rate_decision_id_index\` on \`fx_rate\` (\`decision_id\`);`);
    this.addSql(`create index \`fx_rate_effective_date_index\` on \`fx_rate\` (\`effective_date\`);`);
    this.addSql(`create unique index \`fx_rate_from_currency_to_currency_effective_date_unique\` on \`fx_rate\` (\`from_currency\`, \`to_currency\`, \`effective_date\`);`);
  }

}
