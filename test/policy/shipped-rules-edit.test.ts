/**
 * A risk officer's edit of the shipped rules/ leaves the suite green.
 *
 * Design: tests that depend on policy numbers never read rules/. They read the pinned test/rules/
 * (test/support/pinned-rules.ts; startTestApp's default); only the checks of the shipped folder read
 * rules/, and they assert none of its numbers (fixtures pass, no static warning, schema, rules:check).
 *
 * Proof, the way it happens: README's worked example (tier B gets 45 days; an invoice up to 1,000.00
 * over its limit is referred, no longer rejected; descriptions, versions and fixtures updated) is
 * applied to a copy of rules/, and that copy becomes THE rules/ of a child jest run. The child's
 * working directory is a scratch folder whose `rules` is the edited copy and whose every other entry
 * links to this repository (src, test, schema, dist, node_modules, ...): `rules` is found relative to
 * where npm runs, by the server's RULES_DIR default and by every test alike. There it runs the checks
 * of the shipped folder (they must accept the officer's edit) and invoices-and-payments, the API test
 * the edit contradicts most directly (tier B's term, an invoice 100.01 over the limit rejected).
 * Before the pinned copy, that file failed there. One child jest on five files, --runInBand; the
 * transformed code comes from the same jest cache as this run (same files, same config).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadPolicySet } from '../../src/policy/policy-loader';
import { checkRulesFolder } from '../../src/policy/rules-check';
import { ORDINARY_INVOICE_FACTS } from '../support/facts';
import { PINNED_RULES_DIR } from '../support/pinned-rules';
import { applyReadmeWorkedExample } from '../support/policy-edits';
import { startTestApp } from '../support/test-app';

/** The checks of the shipped folder, and the API test whose numbers the worked example changes. */
const CHILD_TESTS = [
  'test/policy/policy-fixtures.test.ts',
  'test/policy/policy-static-checks.test.ts',
  'test/policy/policy-schema.test.ts',
  'test/policy/rules-check.test.ts',
  'test/api/invoices-and-payments.test.ts',
];
/** A child jest of five files on a busy machine: minutes, not seconds. */
const CHILD_RUN_MS = 600_000;

it('starts test apps on the pinned test/rules/, whatever rules/ holds', async () => {
  const app = await startTestApp();
  try {
    const files = app.policy.current().policies.map((policy) => policy.file);
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((file) => !file.startsWith(`${PINNED_RULES_DIR}/`))).toEqual([]);
  } finally {
    await app.close();
  }
});

describe("README's worked example applied to the shipped rules/", () => {
  let checkout: string;
  beforeAll(() => {
    // A working directory that is this repository but for its rules/: the officer's edited copy.
    checkout = mkdtempSync(join(tmpdir(), 'arbiter-edited-rules-'));
    for (const entry of readdirSync('.')) if (entry !== 'rules' && entry !== '.git') symlinkSync(resolve(entry), join(checkout, entry));
    cpSync('rules', join(checkout, 'rules'), { recursive: true });
    applyReadmeWorkedExample(join(checkout, 'rules'));
  });
  afterAll(() => rmSync(checkout, { recursive: true, force: true }));

  it('is an edit rules:check accepts, and one that changes what the policy decides', async () => {
    const report = await checkRulesFolder(join(checkout, 'rules'));
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    const termOf = async (dir: string) => (await loadPolicySet(dir).decide('issueInvoice', ORDINARY_INVOICE_FACTS, '2026-03-01')).firedRules[0].event.params.days;
    expect(await termOf(join(checkout, 'rules'))).toBe(45);
    expect(await termOf(PINNED_RULES_DIR)).toBe(30);
  });

  it('leaves the checks of the shipped folder and the policy-dependent API test green', () => {
    const jest = resolve('node_modules/jest/bin/jest.js');
    const run = spawnSync(process.execPath, [jest, '--config', resolve('jest.config.js'), '--ci', '--runInBand', ...CHILD_TESTS.map((file) => resolve(file))], {
      cwd: checkout,
      encoding: 'utf8',
    });
    // Jest reports on stderr; on a failure, its end names the failing tests.
    if (run.status !== 0) throw new Error(`jest with the edited rules/ exited with ${run.status}:\n${run.stderr.slice(-8000)}`);
    expect(run.stderr).toMatch(new RegExp(`^Test Suites: +${CHILD_TESTS.length} passed, ${CHILD_TESTS.length} total$`, 'm'));
  }, CHILD_RUN_MS);
});
