/**
 * npm run api-key:create -- --role PARTNER --org ORG --name "Bank X portal" [--id bank-x-portal]
 *
 * Makes a new random API key for a partner machine. Prints the key once (hand it over; it is not
 * stored anywhere) and the JSON entry to add to the API_KEYS_FILE list (only the key's SHA-256).
 */
import { randomBytes } from 'node:crypto';
import { Role, ROLES } from '../app/actor';
import { createApiKey } from '../config/api-key-file';

const USAGE = `usage: api-key:create -- --role <${[...ROLES].join('|')}> --name <who holds it> [--org <organisation>] [--id <key id>]
  --role  the role the key acts as (PARTNER keys need --org)
  --name  who holds the key, for people reading API_KEYS_FILE
  --org   the partner organisation (the customers it may see)
  --id    stable id recorded on everything the key does (default: from the name, plus a random suffix)`;

export function runApiKeyCreate(argv: string[], out: (line: string) => void = console.log): number {
  const args = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const match = /^--(role|org|name|id)(?:=(.*))?$/.exec(argv[i]);
    if (argv[i] === '--help' || argv[i] === '-h') {
      out(USAGE);
      return 0;
    }
    const value = match?.[2] ?? argv[i + 1];
    if (!match || value === undefined) {
      console.error(`api-key:create: unexpected argument "${argv[i]}"\n${USAGE}`);
      return 2;
    }
    if (match[2] === undefined) i++;
    args.set(match[1], value);
  }
  const role = args.get('role');
  const name = args.get('name');
  if (!role || !ROLES.has(role) || !name) {
    console.error(`api-key:create: --role (one of ${[...ROLES].join(', ')}) and --name are required\n${USAGE}`);
    return 2;
  }
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'key';
  try {
    const { key, entry } = createApiKey({
      id: args.get('id') ?? `${slug}-${randomBytes(3).toString('hex')}`,
      name,
      role: role as Role,
      organisationId: args.get('org') ?? null,
    });
    out(`API key (shown once; send it as "X-API-Key: <key>"):\n${key}\n`);
    out(`Add this entry to the JSON list in API_KEYS_FILE:\n${JSON.stringify(entry, null, 2)}`);
    return 0;
  } catch (error) {
    console.error(`api-key:create: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}

if (require.main === module) process.exitCode = runApiKeyCreate(process.argv.slice(2));
