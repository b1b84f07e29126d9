import { Migration } from '@mikro-orm/migrations';

export class Migration20261208015745_InvoiceOnHold extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "invoice" drop constraint if exists "invoice_status_check";`);

    this.addSql(`alter table "invoice" add constraint "invoice_status_check" check("status" in ('OPEN', 'PARTLY_PAID', 'PAID', 'OVERDUE', 'DISPUTED', 'WRITTEN_OFF', 'ON_HOLD', 'CANCELLED'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "invoice" drop constraint if exists "invoice_status_check";`);

    this.addSql(`alter table "invoice" add constraint "invoice_status_check" check("status" in ('OPEN', 'PARTLY_PAID', 'PAID', 'OVERDUE', 'DISPUTED', 'WRITTEN_OFF'));`);
  }

}
