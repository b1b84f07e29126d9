import { Migration } from '@mikro-orm/migrations';

export class Migration20261130132017_FxRate extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "fx_rate" ("id" uuid not null, "from_currency" varchar(3) not null, "to_currency" varchar(3) not null, "rate" varchar(32) not null, "effective_date" date not null, "set_by" varchar(100) not null, "decision_id" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "fx_rate_pkey" primary key ("id"));`);
    this.addSql(`create index "fx_rate_effective_date_index" on "fx_rate" ("effective_date");`);
    this.addSql(`alter table "fx_rate" add constraint "fx_rate_from_currency_to_currency_effective_date_unique" unique ("from_currency", "to_currency", "effective_date");`);

    this.addSql(`alter table "fx_rate" add constraint "fx_rate_decision_id_foreign" foreign key ("decision_id") references "decision_record" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "fx_rate" cascade;`);
  }

}
