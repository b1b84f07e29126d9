import { Migration } from '@mikro-orm/migrations';

export class Migration20261208015745_InvoiceOnHold extends Migration {

  // SQLite widens a CHECK constraint only by rebuilding the table; src/db/orm.ts migrate() runs this
  // with foreign keys off (the pragmas below are no-ops inside the migration's transaction), so the
  // DROP fires no ON DELETE action on the rows that point at invoices.
  override async up(): Promise<void> {
    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(`create table \`invoice__temp_alter\` (\`id\` text not null, \`number\` text not null, \`number_key\` text not null default '', \`customer_id\` text not null, \`currency\` text not null, \`amount_minor\` bigint not null, \`outstanding_minor\` bigint not null, \`written_off_minor\` bigint not null default 0, \`written_off_on\` date null, \`write_off_reason\` text null, \`issue_date\` date not null, \`term_days\` integer not null, \`due_date\` date not null, \`original_due_date\` date null, \`status\` text check (\`status\` in ('OPEN', 'PARTLY_PAID', 'PAID', 'OVERDUE', 'DISPUTED', 'WRITTEN_OFF', 'ON_HOLD', 'CANCELLED')) not null default 'OPEN', \`collection_stage\` text check (\`collection_stage\` in ('NONE', 'REMINDER', 'PHONE_FOLLOW_UP', 'FORMAL_DEMAND', 'LEGAL')) not null default 'NONE', \`ladder_anchor_date\` date null, \`insured_minor\` bigint not null default 0, \`insurance_cover_id\` text null, \`uninsured_reason\` text null, \`declared_overdue_on\` date null, \`declaration_alerted_on\` date null, \`claim_filing_alerted_on\` date null, \`indemnified_minor\` bigint not null default 0, \`recovered_minor\` bigint not null default 0, \`recovered_for_insurer_minor\` bigint not null default 0, \`decision_id\` text null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`invoice_customer_id_foreign\` foreign key(\`customer_id\`) references \`customer\`(\`id\`) on update cascade, constraint \`invoice_insurance_cover_id_foreign\` foreign key(\`insurance_cover_id\`) references \`insurance_cover\`(\`id\`) on delete set null on update cascade, constraint \`invoice_decision_id_foreign\` foreign key(\`decision_id\`) references \`decision_record\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`insert into \`invoice__temp_alter\` select \`id\`, \`number\`, \`number_key\`, \`customer_id\`, \`currency\`, \`amount_minor\`, \`outstanding_minor\`, \`written_off_minor\`, \`written_off_on\`, \`write_off_reason\`, \`issue_date\`, \`term_days\`, \`due_date\`, \`original_due_date\`, \`status\`, \`collection_stage\`, \`ladder_anchor_date\`, \`insured_minor\`, \`insurance_cover_id\`, \`uninsured_reason\`, \`declared_overdue_on\`, \`declaration_alerted_on\`, \`claim_filing_alerted_on\`, \`indemnified_minor\`, \`recovered_minor\`, \`recovered_for_insurer_minor\`, \`decision_id\`, \`version\`, \`created_at\`, \`updated_at\` from \`invoice\`;`);
    this.addSql(`drop table \`invoice\`;`);
    this.addSql(`alter table \`invoice__temp_alter\` rename to \`invoice\`;`);
    this.addSql(`create unique index \`invoice_number_key_unique\` on \`invoice\` (\`number_key\`);`);
    this.addSql(`create index \`invoice_customer_id_index\` on \`invoice\` (\`customer_id\`);`);
    this.addSql(`create index \`invoice_insurance_cover_id_index\` on \`invoice\` (\`insurance_cover_id\`);`);
    this.addSql(`create index \`invoice_decision_id_index\` on \`invoice\` (\`decision_id\`);`);
    this.addSql(`create index \`invoice_status_id_index\` on \`invoice\` (\`status\`, \`id\`);`);
    this.addSql(`create index \`invoice_status_due_date_index\` on \`invoice\` (\`status\`, \`due_date\`);`);
    this.addSql(`create index \`invoice_customer_id_issue_date_index\` on \`invoice\` (\`customer_id\`, \`issue_date\`);`);
    this.addSql(`pragma foreign_keys = on;`);
  }

}
