import { Migration } from '@mikro-orm/migrations';

export class Migration20261130132347_CustomerScorecard extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "grade_change" ("id" uuid not null, "customer_id" uuid not null, "sequence" int not null, "score" smallint not null, "points" jsonb not null, "grade" smallint not null, "risk_tier" text check ("risk_tier" in ('A', 'B', 'C', 'D')) not null, "previous_grade" smallint null, "previous_risk_tier" text check ("previous_risk_tier" in ('A', 'B', 'C', 'D')) null, "reason" varchar(500) not null, "decision_id" uuid not null, "score_decision_id" uuid not null, "grade_decision_id" uuid not null, "as_of" date not null, "created_at" timestamptz not null, constraint "grade_change_pkey" primary key ("id"));`);
    this.addSql(`alter table "grade_change" add constraint "grade_change_customer_id_sequence_unique" unique ("customer_id", "sequence");`);

    this.addSql(`alter table "grade_change" add constraint "grade_change_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "grade_change" add constraint "grade_change_decision_id_foreign" foreign key ("decision_id") references "decision_record" ("id") on update cascade;`);
    this.addSql(`alter table "grade_change" add constraint "grade_change_score_decision_id_foreign" foreign key ("score_decision_id") references "decision_record" ("id") on update cascade;`);
    this.addSql(`alter table "grade_change" add constraint "grade_change_grade_decision_id_foreign" foreign key ("grade_decision_id") references "decision_record" ("id") on update cascade;`);

    this.addSql(`alter table "customer" add column "score" smallint not null default 0, add column "equity_ratio" double precision not null default 0, add column "registered_capital_minor" bigint not null default 0, add column "founded_on" date null, add column "open_litigations" int not null default 0, add column "outlook" text check ("outlook" in ('POSITIVE', 'STABLE', 'NEGATIVE')) not null default 'STABLE';`);

    this.addSql(`alter table "limit_decision" add column "sequence" int not null default 0;`);
    this.addSql(`create index "limit_decision_exposure_id_sequence_index" on "limit_decision" ("exposure_id", "sequence");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "grade_change" cascade;`);

    this.addSql(`alter table "customer" drop column "score", drop column "equity_ratio", drop column "registered_capital_minor", drop column "founded_on", drop column "open_litigations", drop column "outlook";`);

    this.addSql(`drop index "limit_decision_exposure_id_sequence_index";`);
    this.addSql(`alter table "limit_decision" drop column "sequence";`);
  }

}
