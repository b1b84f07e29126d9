import { Migration } from '@mikro-orm/migrations';

export class Migration20261130133156_TermExtensions extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`term_extension\` (\`id\` text not null, \`invoice_id\` text not null, \`reason\` text check (\`reason\` in ('LIQUIDITY', 'OPERATING_DIFFICULTY', 'DISPUTE', 'OTHER')) not null, \`note\` text null, \`requested_days\` integer not null, \`granted_days\` integer not null, \`previous_due_date\` date not null, \`new_due_date\` date not null, \`guarantee_required\` integer not null, \`requested_on\` date not null, \`decision_id\` text not null, \`created_at\` datetime not null, constraint \`term_extension_invoice_id_foreign\` foreign key(\`invoice_id\`) references \`invoice\`(\`id\`) on update cascade, constraint \`term_extension_decision_id_foreign\` foreign key(\`decision_id\`) references \`decision_record\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`term_extension_invoice_id_index\` on \`term_extension\` (\`invoice_id\`);`);
    this.addSql(`create index \`term_extension_decision_id_index\` on \`term_extension\` (\`decision_id\`);`);

    this.addSql(`alter table \`invoice\` add column \`original_due_date\` date null;`);
  }

}
