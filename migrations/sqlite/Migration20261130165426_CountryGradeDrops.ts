import { Migration } from '@mikro-orm/migrations';

export class Migration20261130165426_CountryGradeDrops extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`country_grade_drop\` (\`id\` text not null, \`country\` text not null, \`previous_grade\` integer not null, \`grade\` integer not null, \`effective_from\` date not null, \`raised_on\` date not null, \`alert_count\` integer not null, \`decision_id\` text null, \`created_at\` datetime not null, constraint \`country_grade_drop_decision_id_foreign\` foreign key(\`decision_id\`) references \`decision_record\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`country_grade_drop_decision_id_index\` on \`country_grade_drop\` (\`decision_id\`);`);
    this.addSql(`create unique index \`country_grade_drop_country_grade_effective_from_unique\` on \`country_grade_drop\` (\`country\`, \`grade\`, \`effective_from\`);`);
  }

}
