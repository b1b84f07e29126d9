import { Migration } from '@mikro-orm/migrations';

export class Migration20261130155513_IdempotencyKeys extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`idempotency_key\` (\`id\` text not null, \`scope\` text not null, \`key\` text not null, \`operation\` text not null, \`request_hash\` text not null, \`outcome\` json null, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`idempotency_key_scope_key_unique\` on \`idempotency_key\` (\`scope\`, \`key\`);`);
  }

}
