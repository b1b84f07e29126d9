import { Migration } from '@mikro-orm/migrations';

export class Migration20261208012456_Referrals extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`referral\` (\`id\` text not null, \`mutation\` text not null, \`subject_type\` text check (\`subject_type\` in ('CUSTOMER', 'INVOICE', 'INSURANCE_POLICY', 'FX_RATE')) not null, \`subject_id\` text null, \`subject_label\` text not null, \`customer_id\` text null, \`invoice_id\` text null, \`requested_by\` text not null, \`reasons\` json not null, \`facts\` json not null, \`decision_id\` text not null, \`authority_decision_ids\` json not null, \`required_level\` text not null, \`required_approvals\` integer not null, \`due_in_business_days\` integer not null, \`policy_gap\` text null, \`state\` text check (\`state\` in ('OPEN', 'APPROVED', 'MODIFIED', 'DECLINED', 'EXPIRED', 'WITHDRAWN')) not null default 'OPEN', \`due_at\` datetime not null, \`amount_minor\` bigint null, \`currency\` text null, \`amount_base_minor\` bigint not null, \`held_request\` json not null, \`resolved_by\` text null, \`resolved_at\` datetime null, \`resolution_note\` text null, \`applied_at\` datetime null, \`apply_result\` json null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`referral_customer_id_foreign\` foreign key(\`customer_id\`) references \`customer\`(\`id\`) on delete set null on update cascade, constraint \`referral_invoice_id_foreign\` foreign key(\`invoice_id\`) references \`invoice\`(\`id\`) on delete set null on update cascade, constraint \`referral_decision_id_foreign\` foreign key(\`decision_id\`) references \`decision_record\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`referral_customer_id_index\` on \`referral\` (\`customer_id\`);`);
    this.addSql(`create index \`referral_invoice_id_index\` on \`referral\` (\`invoice_id\`);`);
    this.addSql(`create index \`referral_decision_id_index\` on \`referral\` (\`decision_id\`);`);
    this.addSql(`create index \`referral_due_at_id_index\` on \`referral\` (\`due_at\`, \`id\`);`);
    this.addSql(`create index \`referral_customer_id_due_at_id_index\` on \`referral\` (\`customer_id\`, \`due_at\`, \`id\`);`);
    this.addSql(`create index \`referral_state_due_at_id_index\` on \`referral\` (\`state\`, \`due_at\`, \`id\`);`);

    this.addSql(`create table \`referral_approval\` (\`id\` text not null, \`referral_id\` text not null, \`approver_id\` text not null, \`role\` text check (\`role\` in ('VIEWER', 'OPERATOR', 'RISK_OFFICER', 'CREDIT_MANAGER', 'INSURER', 'PARTNER', 'ADMIN')) not null, \`note\` text null, \`created_at\` datetime not null, constraint \`referral_approval_referral_id_foreign\` foreign key(\`referral_id\`) references \`referral\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`referral_approval_referral_id_index\` on \`referral_approval\` (\`referral_id\`);`);
    this.addSql(`create unique index \`referral_approval_referral_id_approver_id_unique\` on \`referral_approval\` (\`referral_id\`, \`approver_id\`);`);
  }

}
