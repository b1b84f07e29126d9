import { Migration } from '@mikro-orm/migrations';

export class Migration20261130142258_PartnerAccess extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`partner_access\` (\`id\` text not null, \`organisation_id\` text not null, \`customer_id\` text not null, \`granted_by\` text not null, \`granted_at\` datetime not null, constraint \`partner_access_customer_id_foreign\` foreign key(\`customer_id\`) references \`customer\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`partner_access_organisation_id_index\` on \`partner_access\` (\`organisation_id\`);`);
    this.addSql(`create index \`partner_access_customer_id_index\` on \`partner_access\` (\`customer_id\`);`);
    this.addSql(`create unique index \`partner_access_organisation_id_customer_id_unique\` on \`partner_access\` (\`organisation_id\`, \`customer_id\`);`);
  }

}
