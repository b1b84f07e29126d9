/**
 * npm run rules:check [-- --dir rules] [--strict]
 *
 * Checks a rules folder the way the server would (syntax, schema, meaning), runs every policy
 * file's fixtures against the whole set and the static checks of its tables, prints a table and every
 * problem as `file:line /json/path: reason`. Exits 1 on any error, and with --strict on any warning.
 *
 * --write-schema rewrites schema/policy.schema.json from the fact catalogue and the event types.
 */
import { writeFileSync } from 'node:fs';
import { buildPolicySchema, POLICY_SCHEMA_PATH } from '../policy/policy-schema';
import { checkRulesFolder, formatRulesCheckReport } from '../policy/rules-check';

const USAGE = `usage: rules-check [--dir <rules folder>] [--strict] [--write-schema]
  --dir           the folder to check (default: $RULES_DIR, else rules)
  --strict        warnings of the static checks fail the check too
  --write-schema  rewrite ${POLICY_SCHEMA_PATH} from the fact catalogue and the event types`;

async function main(argv: string[]): Promise<number> {
  let dir = process.env.RULES_DIR ?? 'rules';
  let strict = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--strict') strict = true;
    else if (arg === '--dir' && argv[i + 1] !== undefined) dir = argv[++i];
    else if (arg.startsWith('--dir=')) dir = arg.slice('--dir='.length);
    else if (arg === '--write-schema') {
      writeFileSync(POLICY_SCHEMA_PATH, `${JSON.stringify(buildPolicySchema(), null, 2)}\n`);
      console.log(`wrote ${POLICY_SCHEMA_PATH}`);
      return 0;
    } else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      return 0;
    } else {
      console.error(`rules-check: unknown argument "${arg}"\n${USAGE}`);
      return 2;
    }
  }
  const report = await checkRulesFolder(dir, { strict });
  console.log(formatRulesCheckReport(report));
  return report.ok ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error('rules-check: failed:', error);
    process.exitCode = 1;
  },
);
