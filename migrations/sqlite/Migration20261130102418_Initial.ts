import { Migration } from '@mikro-orm/migrations';

export class Migration20261130102418_Initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`customer\` (\`id\` text not null, \`name\` text not null, \`registration_number\` text not null, \`country\` text not null, \`currency\` text not null, \`language\` text not null default 'en', \`industry\` text null, \`monthly_sales_minor\` bigint not null, \`relationship_start\` date not null, \`grade\` integer not null, \`risk_tier\` text check (\`risk_tier\` in ('A', 'B', 'C', 'D')) not null, \`status\` text check (\`status\` in ('ACTIVE', 'SUPPLY_SUSPENDED')) not null default 'ACTIVE', \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`customer_registration_number_unique\` on \`customer\` (\`registration_number\`);`);
    this.addSql(`create index \`customer_created_at_index\` on \`customer\` (\`created_at\`);`);

    this.addSql(`create table \`decision_record\` (\`id\` text not null, \`mutation\` text not null, \`outcome\` text not null, \`business_date\` date not null, \`facts\` json not null, \`fired_rules\` json not null, \`policy_versions\` json not null, \`explanation\` text not null, \`subject\` text null, \`actor_id\` text null, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`decision_record_mutation_business_date_index\` on \`decision_record\` (\`mutation\`, \`business_date\`);`);

    this.addSql(`create table \`exposure\` (\`id\` text not null, \`customer_id\` text not null, \`credit_limit_minor\` bigint not null default 0, \`currency\` text not null, \`version\` integer not null default 1, \`updated_at\` datetime not null, constraint \`exposure_customer_id_foreign\` foreign key(\`customer_id\`) references \`customer\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`exposure_customer_id_unique\` on \`exposure\` (\`customer_id\`);`);

    this.addSql(`create table \`invoice\` (\`id\` text not null, \`number\` text not null, \`customer_id\` text not null, \`currency\` text not null, \`amount_minor\` bigint not null, \`outstanding_minor\` bigint not null, \`issue_date\` date not null, \`term_days\` integer not null, \`due_date\` date not null, \`status\` text check (\`status\` in ('OPEN', 'PARTLY_PAID', 'PAID', 'OVERDUE', 'DISPUTED', 'WRITTEN_OFF')) not null default 'OPEN', \`collection_stage\` text check (\`collection_stage\` in ('NONE', 'REMINDER', 'PHONE_FOLLOW_UP', 'FORMAL_DEMAND', 'LEGAL')) not null default 'NONE', \`decision_id\` text null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`invoice_customer_id_foreign\` foreign key(\`customer_id\`) references \`customer\`(\`id\`) on update cascade, constraint \`invoice_decision_id_foreign\` foreign key(\`decision_id\`) references \`decision_record\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`invoice_number_unique\` on \`invoice\` (\`number\`);`);
    this.addSql(`create index \`invoice_customer_id_index\` on \`invoice\` (\`customer_id\`);`);
    this.addSql(`create index \`invoice_decision_id_index\` on \`invoice\` (\`decision_id\`);`);
    this.addSql(`create index \`invoice_status_due_date_index\` on \`invoice\` (\`status\`, \`due_date\`);`);
    this.addSql(`create index \`invoice_customer_id_issue_date_index\` on \`invoice\` (\`customer_id\`, \`issue_date\`);`);

    this.addSql(`create table \`claim\` (\`id\` text not null, \`customer_id\` text not null, \`invoice_id\` text null, \`cause\` text check (\`cause\` in ('INSOLVENCY', 'PROTRACTED_DEFAULT', 'POLITICAL')) not null, \`status\` text check (\`status\` in ('FILED', 'UNDER_REVIEW', 'APPROVED', 'REJECTED', 'PAID')) not null default 'FILED', \`currency\` text not null, \`amount_minor\` bigint not null, \`filed_on\` date not null, \`note\` text null, \`decision_id\` text null, \`version\` integer not null default 1, \`created_at\` datetime not null, constraint \`claim_customer_id_foreign\` foreign key(\`customer_id\`) references \`customer\`(\`id\`) on update cascade, constraint \`claim_invoice_id_foreign\` foreign key(\`invoice_id\`) references \`invoice\`(\`id\`) on delete set null on update cascade, constraint \`claim_decision_id_foreign\` foreign key(\`decision_id\`) references \`decision_record\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`claim_customer_id_index\` on \`claim\` (\`customer_id\`);`);
    this.addSql(`create index \`claim_invoice_id_index\` on \`claim\` (\`invoice_id\`);`);
    this.addSql(`create index \`claim_decision_id_index\` on \`claim\` (\`decision_id\`);`);

    this.addSql(`create table \`limit_decision\` (\`id\` text not null, \`exposure_id\` text not null, \`kind\` text check (\`kind\` in ('REQUESTED', 'APPROVED', 'PARTLY_APPROVED', 'REJECTED', 'REFERRED', 'REDUCED', 'CANCELLED')) not null, \`requested_minor\` bigint null, \`previous_limit_minor\` bigint not null, \`new_limit_minor\` bigint not null, \`currency\` text not null, \`reason\` text not null, \`decision_id\` text null, \`decided_at\` datetime not null, constraint \`limit_decision_exposure_id_foreign\` foreign key(\`exposure_id\`) references \`exposure\`(\`id\`) on delete cascade on update cascade, constraint \`limit_decision_decision_id_foreign\` foreign key(\`decision_id\`) references \`decision_record\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`limit_decision_exposure_id_index\` on \`limit_decision\` (\`exposure_id\`);`);
    this.addSql(`create index \`limit_decision_decision_id_index\` on \`limit_decision\` (\`decision_id\`);`);

    this.addSql(`create table \`payment\` (\`id\` text not null, \`invoice_id\` text not null, \`currency\` text not null, \`amount_minor\` bigint not null, \`received_on\` date not null, \`reference\` text null, \`decision_id\` text null, \`created_at\` datetime not null, constraint \`payment_invoice_id_foreign\` foreign key(\`invoice_id\`) references \`invoice\`(\`id\`) on update cascade, constraint \`payment_decision_id_foreign\` foreign key(\`decision_id\`) references \`decision_record\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`payment_invoice_id_index\` on \`payment\` (\`invoice_id\`);`);
    this.addSql(`create index \`payment_decision_id_index\` on \`payment\` (\`decision_id\`);`);

    this.addSql(`create table \`risk_alert\` (\`sequence\` integer not null primary key autoincrement, \`id\` text not null, \`type\` text not null, \`severity\` text check (\`severity\` in ('INFO', 'WARNING', 'CRITICAL')) not null, \`customer_id\` text null, \`invoice_id\` text null, \`message\` text not null, \`data\` json not null, \`decision_id\` text null, \`created_at\` datetime not null, \`acknowledged_at\` datetime null, constraint \`risk_alert_customer_id_foreign\` foreign key(\`customer_id\`) references \`customer\`(\`id\`) on delete set null on update cascade, constraint \`risk_alert_invoice_id_foreign\` foreign key(\`invoice_id\`) references \`invoice\`(\`id\`) on delete set null on update cascade, constraint \`risk_alert_decision_id_foreign\` foreign key(\`decision_id\`) references \`decision_record\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create unique index \`risk_alert_id_unique\` on \`risk_alert\` (\`id\`);`);
    this.addSql(`create index \`risk_alert_customer_id_index\` on \`risk_alert\` (\`customer_id\`);`);
    this.addSql(`create index \`risk_alert_invoice_id_index\` on \`risk_alert\` (\`invoice_id\`);`);
    this.addSql(`create index \`risk_alert_decision_id_index\` on \`risk_alert\` (\`decision_id\`);`);
  }

}
