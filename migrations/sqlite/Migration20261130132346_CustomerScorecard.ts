import { Migration } from '@mikro-orm/migrations';

export class Migration20261130132346_CustomerScorecard extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`grade_change\` (\`id\` text not null, \`customer_id\` text not null, \`sequence\` integer not null, \`score\` integer not null, \`points\` json not null, \`grade\` integer not null, \`risk_tier\` text check (\`risk_tier\` in ('A', 'B', 'C', 'D')) not null, \`previous_grade\` integer null, \`previous_risk_tier\` text check (\`previous_risk_tier\` in ('A', 'B', 'C', 'D')) null, \`reason\` text not null, \`decision_id\` text not null, \`score_decision_id\` text not null, \`grade_decision_id\` text not null, \`as_of\` date not null, \`created_at\` datetime not null, constraint \`grade_change_customer_id_foreign\` foreign key(\`customer_id\`) references \`customer\`(\`id\`) on delete cascade on update cascade, constraint \`grade_change_decision_id_foreign\` foreign key(\`decision_id\`) references \`decision_record\`(\`id\`) on update cascade, constraint \`grade_change_score_decision_id_foreign\` foreign key(\`score_decision_id\`) references \`decision_record\`(\`id\`) on update cascade, constraint \`grade_change_grade_decision_id_foreign\` foreign key(\`grade_decision_id\`) references \`decision_record\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`grade_change_customer_id_index\` on \`grade_change\` (\`customer_id\`);`);
    this.addSql(`create index \`grade_change_decision_id_index\` on \`grade_change\` (\`decision_id\`);`);
    this.addSql(`create index \`grade_change_score_decision_id_index\` on \`grade_change\` (\`score_decision_id\`);`);
    this.addSql(`create index \`grade_change_grade_decision_id_index\` on \`grade_change\` (\`grade_decision_id\`);`);
    this.addSql(`create unique index \`grade_change_customer_id_sequence_unique\` on \`grade_change\` (\`customer_id\`, \`sequence\`);`);

    this.addSql(`alter table \`customer\` add column \`score\` integer not null default 0;`);
    this.addSql(`alter table \`customer\` add column \`equity_ratio\` double not null default 0;`);
    this.addSql(`alter table \`customer\` add column \`registered_capital_minor\` bigint not null default 0;`);
    this.addSql(`alter table \`customer\` add column \`founded_on\` date null;`);
    this.addSql(`alter table \`customer\` add column \`open_litigations\` integer not null default 0;`);
    this.addSql(`alter table \`customer\` add column \`outlook\` text check (\`outlook\` in ('POSITIVE', 'STABLE', 'NEGATIVE')) not null default 'STABLE';`);

    this.addSql(`alter table \`limit_decision\` add column \`sequence\` integer not null default 0;`);
    this.addSql(`create index \`limit_decision_exposure_id_sequence_index\` on \`limit_decision\` (\`exposure_id\`, \`sequence\`);`);
  }

}
