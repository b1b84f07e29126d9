/**
 * Works around a MikroORM 6.6.16 bug (fixed upstream for 6.x in mikro-orm/mikro-orm#8139, not yet
 * released): SQLite enum check constraints with three or more values are read back with the middle
 * values missing, so schema diffing proposes to rebuild every table with an enum right after
 * migrating, and `npm run migration:create` would write those rebuilds into every new migration.
 * This reads every quoted literal of the check, as the upstream fix does. Remove when upgrading.
 */
import { BaseSqliteSchemaHelper } from '@mikro-orm/knex';

type EnumDefinitions = (...args: Parameters<BaseSqliteSchemaHelper['getEnumDefinitions']>) => Promise<Record<string, string[]>>;

const fixedGetEnumDefinitions: EnumDefinitions = async function (this: BaseSqliteSchemaHelper, connection, _checks, tableName, _schema, ctx) {
  const table = await connection.execute<{ sql: string }>('select sql from sqlite_master where type = ? and name = ?', ['table', tableName], 'get', ctx);
  const definitions: Record<string, string[]> = {};
  for (const check of table.sql.match(/[`["'][^`\]"']+[`\]"'] text check \(.*?\)/gi) ?? []) {
    const match = /[`["']([^`\]"']+)[`\]"'] text check \(.* \((.*)\)/i.exec(check);
    if (match) definitions[match[1]] = [...match[2].matchAll(/'((?:[^']|'')*)'/g)].map((literal) => literal[1].replace(/''/g, "'"));
  }
  return definitions;
};

BaseSqliteSchemaHelper.prototype.getEnumDefinitions = fixedGetEnumDefinitions as BaseSqliteSchemaHelper['getEnumDefinitions'];
