import { Migration } from '@mikro-orm/migrations';

/**
 * Invoice numbers are unique whatever their letter case: the unique index moves from `number` to
 * `number_key`, the number in lower case (invoiceNumberKey). Existing numbers are keyed here; two
 * already differing only in case stop this migration at the constraint (rename one, then migrate).
 */
export class Migration20261206032550_InvoiceNumberKey extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "invoice" drop constraint "invoice_number_unique";`);

    this.addSql(`alter table "invoice" add column "number_key" varchar(64) not null default '';`);
    this.addSql(`update "invoice" set "number_key" = lower("number");`);
    this.addSql(`alter table "invoice" add constraint "invoice_number_key_unique" unique ("number_key");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "invoice" drop constraint "invoice_number_key_unique";`);
    this.addSql(`alter table "invoice" drop column "number_key";`);

    this.addSql(`alter table "invoice" add constraint "invoice_number_unique" unique ("number");`);
  }

}
