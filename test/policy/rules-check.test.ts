/**
 * What `npm run rules:check` reports: a table of the policies, then every problem with file, line, path
 * and reason. The shipped rules/ must pass whatever their numbers; the report itself is shown on the
 * pinned test/rules/ and on edited copies of it.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkRulesFolder, formatRulesCheckReport } from '../../src/policy/rules-check';
import { copyPinnedRules, PINNED_RULES_DIR, pinnedRulesFile } from '../support/pinned-rules';

let dir: string;
beforeEach(() => {
  dir = copyPinnedRules();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function edit(file: string, change: (body: any) => void) {
  const path = join(dir, file);
  const body = JSON.parse(readFileSync(path, 'utf8'));
  change(body);
  writeFileSync(path, JSON.stringify(body, null, 2));
}

it('passes the shipped rules, every policy OK and every fixture passed', async () => {
  const report = await checkRulesFolder('rules');
  expect(report.ok).toBe(true);
  expect(report.errors).toEqual([]);
  expect(report.warnings).toEqual([]);
  expect(report.rows.length).toBeGreaterThan(0);
  for (const row of report.rows) expect(row).toMatchObject({ status: 'OK', failed: 0, passed: row.fixtures });
});

it('passes the pinned rules with a row per policy', async () => {
  const report = await checkRulesFolder(PINNED_RULES_DIR);
  expect(report.ok).toBe(true);
  expect(report.errors).toEqual([]);
  expect(report.warnings).toEqual([]);
  expect(report.rows.map((row) => [row.policy, row.status, row.failed])).toEqual([
    ['alerts', 'OK', 0],
    ['claims', 'OK', 0],
    ['collections', 'OK', 0],
    ['credit-authority', 'OK', 0],
    ['credit-limits', 'OK', 0],
    ['fx-rates', 'OK', 0],
    ['insurance-cover', 'OK', 0],
    ['late-interest', 'OK', 0],
    ['master-data', 'OK', 0],
    ['payment-terms', 'OK', 0],
    ['provisions', 'OK', 0],
    ['scorecard', 'OK', 0],
    ['term-extensions', 'OK', 0],
    ['write-offs', 'OK', 0],
  ]);
  for (const row of report.rows) expect(row.passed).toBe(row.fixtures);
  const text = formatRulesCheckReport(report);
  expect(text).toMatch(/^policy +version +effective +rules +fixtures +passed +failed +warnings +status$/m);
  expect(text).toMatch(/^payment-terms +2026\.1 +- +5 +7 +7 +0 +0 +OK$/m);
  expect(text).toMatch(/^OK: \d+ policy files, 0 invalid, \d+ fixtures passed, 0 failed, 0 warnings\.$/m);
});

it('fails on a changed term whose fixture no longer holds, naming file, line, path and fixture', async () => {
  edit('payment-terms.json', (body) => {
    body.rules.find((rule: { name: string }) => rule.name === 'tier-b-standard-term').event.params.days = 45;
  });
  const report = await checkRulesFolder(dir);
  expect(report.ok).toBe(false);
  const text = formatRulesCheckReport(report);
  expect(text).toMatch(/^payment-terms +2026\.1 +- +5 +7 +6 +1 +0 +FAILING$/m);
  expect(text).toContain(`${join(dir, 'payment-terms.json')}:`);
  expect(text).toMatch(/payment-terms\.json:\d+ \/tests\/4\/expect\/events\/0: fixture "tier B gets 30 days whatever the years": expected set-payment-term \{"days":30\} from payment-terms, but it fired set-payment-term \{"days":45\}/);
  expect(text).toMatch(/^FAILED: \d+ policy files, 0 invalid, \d+ fixtures passed, 1 failed, 0 warnings\.$/m);
});

it('lists an invalid file and does not run fixtures on a half-valid folder', async () => {
  writeFileSync(join(dir, 'claims.json'), readFileSync(pinnedRulesFile('claims.json'), 'utf8').replace('"indemnityPercentWithNamedLimit": 90', '"indemnityPercentWithNamedLimit": 190'));
  const report = await checkRulesFolder(dir);
  expect(report.ok).toBe(false);
  expect(report.setChecked).toBe(false);
  const text = formatRulesCheckReport(report);
  expect(text).toMatch(/^claims +2026\.3 +- +19 +18 +- +- +- +INVALID$/m);
  expect(text).toMatch(/claims\.json:\d+ \/rules\/0\/event\/params\/indemnityPercentWithNamedLimit: must be <= 100 \(got 190\)/);
  expect(text).toContain('Fixtures and static checks did not run');
});

it('reports static findings as warnings, and as a failure with strict', async () => {
  edit('payment-terms.json', (body) => {
    body.rules = body.rules.filter((rule: { name: string }) => rule.name !== 'tier-c-short-term');
    body.tests = body.tests.filter((fixture: { name: string }) => !fixture.name.startsWith('tier C'));
  });
  const lenient = await checkRulesFolder(dir);
  expect(lenient.ok).toBe(true);
  expect(formatRulesCheckReport(lenient)).toMatch(/1 warning:\n {2}\S+payment-terms\.json:\d+ \/rules: \[term-table\] tier C: no payment-term rule fires/);
  const strict = await checkRulesFolder(dir, { strict: true });
  expect(strict.ok).toBe(false);
  expect(formatRulesCheckReport(strict)).toContain('1 warning (errors with --strict):');
});
