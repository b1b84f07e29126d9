import { Migration } from '@mikro-orm/migrations';

export class Migration20261130160628_CreditInsurance extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`insurance_policy\` (\`id\` text not null, \`insurer\` text not null, \`number\` text not null, \`country\` text not null, \`period_start\` date not null, \`period_end\` date not null, \`covered_risks\` json not null, \`indemnity_ppm_with_named_limit\` integer not null, \`indemnity_ppm_without_named_limit\` integer not null, \`max_credit_term_days\` integer not null, \`max_extension_days\` integer not null, \`protracted_default_waiting_days\` integer not null, \`declaration_deadline_days\` integer not null, \`claim_filing_deadline_days\` integer not null, \`premium_rate_ppm\` integer not null, \`decision_id\` text null, \`version\` integer not null default 1, \`created_at\` datetime not null, constraint \`insurance_policy_decision_id_foreign\` foreign key(\`decision_id\`) references \`decision_record\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`insurance_policy_number_unique\` on \`insurance_policy\` (\`number\`);`);
    this.addSql(`create index \`insurance_policy_decision_id_index\` on \`insurance_policy\` (\`decision_id\`);`);

    this.addSql(`create table \`insurance_cover\` (\`id\` text not null, \`policy_id\` text not null, \`customer_id\` text not null, \`currency\` text not null, \`limit_minor\` bigint not null default 0, \`named\` integer not null default false, \`decision_id\` text null, \`version\` integer not null default 1, \`updated_at\` datetime not null, constraint \`insurance_cover_policy_id_foreign\` foreign key(\`policy_id\`) references \`insurance_policy\`(\`id\`) on update cascade, constraint \`insurance_cover_customer_id_foreign\` foreign key(\`customer_id\`) references \`customer\`(\`id\`) on update cascade, constraint \`insurance_cover_decision_id_foreign\` foreign key(\`decision_id\`) references \`decision_record\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`insurance_cover_policy_id_index\` on \`insurance_cover\` (\`policy_id\`);`);
    this.addSql(`create index \`insurance_cover_customer_id_index\` on \`insurance_cover\` (\`customer_id\`);`);
    this.addSql(`create index \`insurance_cover_decision_id_index\` on \`insurance_cover\` (\`decision_id\`);`);
    this.addSql(`create unique index \`insurance_cover_policy_id_customer_id_unique\` on \`insurance_cover\` (\`policy_id\`, \`customer_id\`);`);

    this.addSql(`create table \`claim_line\` (\`id\` text not null, \`claim_id\` text not null, \`invoice_id\` text not null, \`currency\` text not null, \`insured_loss_minor\` bigint not null, constraint \`claim_line_claim_id_foreign\` foreign key(\`claim_id\`) references \`claim\`(\`id\`) on delete cascade on update cascade, constraint \`claim_line_invoice_id_foreign\` foreign key(\`invoice_id\`) references \`invoice\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`claim_line_claim_id_index\` on \`claim_line\` (\`claim_id\`);`);
    this.addSql(`create index \`claim_line_invoice_id_index\` on \`claim_line\` (\`invoice_id\`);`);
    this.addSql(`create unique index \`claim_line_claim_id_invoice_id_unique\` on \`claim_line\` (\`claim_id\`, \`invoice_id\`);`);

    // (Hand-corrected: the generator put the foreign key on insured_minor instead of insurance_cover_id.)
    this.addSql(`alter table \`invoice\` add column \`insured_minor\` bigint not null default 0;`);
    this.addSql(`alter table \`invoice\` add column \`insurance_cover_id\` text null constraint \`invoice_insurance_cover_id_foreign\` references \`insurance_cover\` (\`id\`) on update cascade on delete set null;`);
    this.addSql(`alter table \`invoice\` add column \`uninsured_reason\` text null;`);
    this.addSql(`alter table \`invoice\` add column \`declared_overdue_on\` date null;`);
    this.addSql(`alter table \`invoice\` add column \`declaration_alerted_on\` date null;`);
    this.addSql(`alter table \`invoice\` add column \`claim_filing_alerted_on\` date null;`);
    this.addSql(`alter table \`invoice\` add column \`indemnified_minor\` bigint not null default 0;`);
    this.addSql(`create index \`invoice_insurance_cover_id_index\` on \`invoice\` (\`insurance_cover_id\`);`);

    this.addSql(`alter table \`claim\` add column \`insurance_policy_id\` text null constraint \`claim_insurance_policy_id_foreign\` references \`insurance_policy\` (\`id\`) on update cascade on delete set null;`);
    this.addSql(`alter table \`claim\` add column \`indemnity_ppm\` integer not null default 0;`);
    this.addSql(`alter table \`claim\` add column \`indemnity_minor\` bigint not null default 0;`);
    this.addSql(`alter table \`claim\` add column \`refusal_reasons\` json not null default '[]';`);
    this.addSql(`alter table \`claim\` add column \`reviewed_on\` date null;`);
    this.addSql(`alter table \`claim\` add column \`review_note\` text null;`);
    this.addSql(`alter table \`claim\` add column \`paid_minor\` bigint not null default 0;`);
    this.addSql(`alter table \`claim\` add column \`paid_on\` date null;`);
    this.addSql(`alter table \`claim\` add column \`written_off_minor\` bigint not null default 0;`);
    this.addSql(`create index \`claim_insurance_policy_id_index\` on \`claim\` (\`insurance_policy_id\`);`);
  }

}
