import { Migration } from '@mikro-orm/migrations';

/**
 * Invoice numbers are unique whatever their letter case: the unique index moves from `number` to
 * `number_key`, the number in lower case (invoiceNumberKey). Existing numbers are keyed here; two
 * already differing only in case stop this migration at the index (rename one, then migrate).
 */
export class Migration20261206032548_InvoiceNumberKey extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index \`invoice_number_unique\`;`);

    this.addSql(`alter table \`invoice\` add column \`number_key\` text not null default '';`);
    this.addSql(`update \`invoice\` set \`number_key\` = lower(\`number\`);`);
    this.addSql(`create unique index \`invoice_number_key_unique\` on \`invoice\` (\`number_key\`);`);
  }

}
