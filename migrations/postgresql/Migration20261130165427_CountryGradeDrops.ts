import { Migration } from '@mikro-orm/migrations';

export class Migration20261130165427_CountryGradeDrops extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "country_grade_drop" ("id" uuid not null, "country" varchar(2) not null, "previous_grade" smallint not null, "grade" smallint not null, "effective_from" date not null, "raised_on" date not null, "alert_count" int not null, "decision_id" uuid null, "created_at" timestamptz not null, constraint "country_grade_drop_pkey" primary key ("id"));`);
    this.addSql(`alter table "country_grade_drop" add constraint "country_grade_drop_country_grade_effective_from_unique" unique ("country", "grade", "effective_from");`);

    this.addSql(`alter table "country_grade_drop" add constraint "country_grade_drop_decision_id_foreign" foreign key ("decision_id") references "decision_record" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "country_grade_drop" cascade;`);
  }

}
