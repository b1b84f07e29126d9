/**
 * npm run rules:backtest -- --draft DIR [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]
 *
 * Replays the stored decisions of DATABASE_URL between two business dates under the live rules
 * (RULES_DIR) with the draft files of DIR in place of their live versions, and reports what would
 * change: outcomes, rules, risk tiers, money. Streams through history with a progress bar.
 */
import 'reflect-metadata';
import { loadConfig } from '../config/config';
import { openOrm } from '../db/orm';
import { backtestDrafts } from '../modules/policy-governance/policy-backtest.service';
import type { BacktestReport } from '../policy/backtest';
import { PolicyValidationError } from '../policy/policy-file';
import { loadPolicySet } from '../policy/policy-loader';
import { isIsoDate } from '../shared/dates';

interface Options {
  draft: string;
  from: string;
  to: string;
  json: boolean;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { draft: '', from: '0001-01-01', to: '9999-12-31', json: false };
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    if (flag === '--json') options.json = true;
    else if (flag === '--draft' || flag === '--from' || flag === '--to') options[flag.slice(2) as 'draft' | 'from' | 'to'] = argv[++i] ?? '';
    else throw new Error(`unknown argument ${flag}`);
  }
  if (!options.draft) throw new Error('--draft DIR is required: a folder with the draft policy files');
  for (const key of ['from', 'to'] as const) if (!isIsoDate(options[key])) throw new Error(`--${key} must be a date as YYYY-MM-DD`);
  return options;
}

export function formatBacktestReport(report: BacktestReport): string {
  const lines = [`${report.decisions} decisions replayed, ${report.changed} would change.`];
  if (report.outcomeChanges.length > 0) {
    lines.push('', 'Outcomes that change:');
    for (const row of report.outcomeChanges) lines.push(`  ${row.mutation}: ${row.from} -> ${row.to}  x${row.count}`);
  }
  if (report.ruleChanges.length > 0) {
    lines.push('', 'Rules firing differently (among changed decisions): policy / rule  before -> after');
    for (const row of report.ruleChanges) lines.push(`  ${row.policy} / ${row.rule} ${JSON.stringify(row.event.params)}  ${row.firedBefore} -> ${row.firedAfter}`);
  }
  lines.push('', 'By risk tier: decisions, changed');
  for (const row of report.tiers) lines.push(`  ${row.riskTier}: ${row.decisions}, ${row.changed}`);
  lines.push(
    '',
    `Credit granted: ${report.creditGrantedDeltaMinor >= 0 ? '+' : ''}${report.creditGrantedDeltaMinor} minor units (first lines and invoices allowed on credit).`,
    `Payment terms: ${report.invoicesWithNewTerm} invoices get a new term; amount-weighted change ${report.termDayAmountDelta} minor-unit days.`,
  );
  if (report.sampleChangedDecisionIds.length > 0) lines.push(`Examples (decision ids): ${report.sampleChangedDecisionIds.slice(0, 5).join(', ')}`);
  return lines.join('\n');
}

/** Runs the back-test; the report goes to `out`, the progress bar to `progress`. */
export async function runRulesBacktest(argv: string[], env: NodeJS.ProcessEnv, out: (text: string) => void, progress: (text: string) => void): Promise<BacktestReport> {
  const options = parseArgs(argv);
  const config = loadConfig(env);
  const live = loadPolicySet(config.rulesDir);
  const drafts = loadPolicySet(options.draft).policies;
  const orm = await openOrm(config.database);
  try {
    const started = Date.now();
    const report = await backtestDrafts(orm.em.fork(), live, drafts, options, ({ done, total, changed }) => {
      const width = 30;
      const filled = total === 0 ? width : Math.round((done / total) * width);
      const rate = Math.round(done / Math.max(0.001, (Date.now() - started) / 1000));
      progress(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total} decisions, ${changed} changed, ${rate}/s`);
    });
    progress('\n');
    out(options.json ? JSON.stringify(report, null, 2) : formatBacktestReport(report));
    return report;
  } finally {
    await orm.close();
  }
}

if (require.main === module) {
  runRulesBacktest(process.argv.slice(2), process.env, (text) => console.log(text), (text) => process.stderr.write(text)).catch((error: unknown) => {
    console.error(`rules:backtest: ${error instanceof PolicyValidationError || error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
