/**
 * Everything `npm run rules:check` checks about a rules folder, as a report:
 *   1. every file: JSON syntax, JSON Schema, meaning (as the server does at start),
 *   2. every fixture of every file, against the whole set (only when every file is valid, since a
 *      fixture shows what the whole folder decides),
 *   3. the static checks of the set's tables (warnings; errors with `strict`).
 */
import { basename, relative } from 'node:path';
import { formatProblem, type LocatedProblem, splitProblem } from './json-locations';
import { runPolicyFixtures } from './policy-fixtures';
import { readPolicyFolder } from './policy-loader';
import { PolicySet } from './policy-set';
import { checkPolicySetStatically, type StaticCheck } from './policy-static-checks';

export interface RulesCheckRow {
  file: string;
  policy: string;
  version: string;
  effectiveFrom: string;
  rules: number;
  fixtures: number;
  passed: number;
  failed: number;
  warnings: number;
  /** OK; INVALID (the file was refused); FAILING (a fixture failed); WARNINGS. */
  status: 'OK' | 'INVALID' | 'FAILING' | 'WARNINGS';
}

export interface RulesCheckReport {
  dir: string;
  strict: boolean;
  rows: RulesCheckRow[];
  /** Data files beside the policies (rules/reference-rates, rules/letters), each OK or INVALID. */
  data: Array<{ file: string; status: 'OK' | 'INVALID' }>;
  /** Refused files and failed fixtures. */
  errors: LocatedProblem[];
  /** Static-check findings. */
  warnings: Array<LocatedProblem & { check: StaticCheck }>;
  /** False when the fixtures and static checks could not run because a file is invalid. */
  setChecked: boolean;
  /** No error, and with strict no warning either. */
  ok: boolean;
}

export async function checkRulesFolder(dir: string, options: { strict?: boolean } = {}): Promise<RulesCheckReport> {
  const strict = options.strict ?? false;
  const folder = readPolicyFolder(dir);
  const errors: LocatedProblem[] = [...folder.problems];
  const warnings: RulesCheckReport['warnings'] = [];
  const rows = new Map<string, RulesCheckRow>();

  for (const [file, json] of folder.texts) {
    const body = (json.value ?? {}) as { name?: unknown; version?: unknown; effectiveFrom?: unknown; rules?: unknown; tests?: unknown };
    rows.set(file, {
      file,
      policy: typeof body.name === 'string' ? body.name : basename(file, '.json'),
      version: typeof body.version === 'string' ? body.version : '?',
      effectiveFrom: typeof body.effectiveFrom === 'string' ? body.effectiveFrom : '-',
      rules: Array.isArray(body.rules) ? body.rules.length : 0,
      fixtures: Array.isArray(body.tests) ? body.tests.length : 0,
      passed: 0,
      failed: 0,
      warnings: 0,
      status: folder.problems.some((problem) => problem.file === file) ? 'INVALID' : 'OK',
    });
  }

  // Data beside the policies (reference rates, letters): checked as the server does, no rules or fixtures of their own.
  const data = [...folder.data.texts.keys()].map((file) => ({
    file,
    status: folder.problems.some((problem) => problem.file === file) ? ('INVALID' as const) : ('OK' as const),
  }));

  const setChecked = folder.problems.length === 0;
  if (setChecked) {
    const set = new PolicySet(folder.policies);
    for (const result of await runPolicyFixtures(set)) {
      const row = rows.get(result.file);
      if (row) {
        if (result.passed) row.passed++;
        else row.failed++;
        if (!result.passed) row.status = 'FAILING';
      }
      for (const problem of result.problems) {
        const { pointer, reason } = splitProblem(problem);
        errors.push({ file: result.file, line: folder.texts.get(result.file)?.lineOf(pointer), pointer, reason: `fixture "${result.fixture}": ${reason}` });
      }
    }
    for (const finding of await checkPolicySetStatically(set)) {
      const file = finding.file ?? dir;
      const pointer = finding.pointer ?? '/';
      const dated = new Set(folder.policies.map((policy) => policy.effectiveFrom)).size > 1 ? ` (policies in force on ${finding.businessDate})` : '';
      warnings.push({ file, line: folder.texts.get(file)?.lineOf(pointer), pointer, reason: `[${finding.check}] ${finding.message}${dated}`, check: finding.check });
      const row = rows.get(file);
      if (row) {
        row.warnings++;
        if (row.status === 'OK') row.status = 'WARNINGS';
      }
    }
  }
  return {
    dir,
    strict,
    rows: [...rows.values()],
    data,
    errors,
    warnings,
    setChecked,
    ok: errors.length === 0 && (!strict || warnings.length === 0),
  };
}

/** The report as text: a table of the policies, then every problem as `file:line /path: reason`. */
export function formatRulesCheckReport(report: RulesCheckReport): string {
  const header = ['policy', 'version', 'effective', 'rules', 'fixtures', 'passed', 'failed', 'warnings', 'status'];
  const lines = report.rows.map((row) => [
    row.policy,
    row.version,
    row.effectiveFrom,
    String(row.rules),
    String(row.fixtures),
    report.setChecked ? String(row.passed) : '-',
    report.setChecked ? String(row.failed) : '-',
    report.setChecked ? String(row.warnings) : '-',
    row.status,
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column].length)));
  const numeric = new Set([3, 4, 5, 6, 7]);
  const render = (cells: string[]) =>
    cells
      .map((cell, column) => (numeric.has(column) ? cell.padStart(widths[column]) : cell.padEnd(widths[column])))
      .join('  ')
      .trimEnd();
  const out: string[] = [`rules:check ${report.dir}`, '', render(header), render(widths.map((width) => '-'.repeat(width))), ...lines.map(render)];
  if (report.data.length > 0) {
    out.push('', 'data beside the policies:');
    for (const file of report.data) out.push(`  ${relative(report.dir, file.file)}  ${file.status}`);
  }

  if (report.errors.length > 0) {
    out.push('', `${report.errors.length} error${report.errors.length === 1 ? '' : 's'}:`);
    for (const error of report.errors) out.push(`  ${formatProblem(error)}`);
  }
  if (!report.setChecked) out.push('', 'Fixtures and static checks did not run: every file must be valid first (a fixture shows what the whole folder decides).');
  if (report.warnings.length > 0) {
    out.push('', `${report.warnings.length} warning${report.warnings.length === 1 ? '' : 's'}${report.strict ? ' (errors with --strict)' : ''}:`);
    for (const warning of report.warnings) out.push(`  ${formatProblem(warning)}`);
  }
  const fixtures = report.rows.reduce((sum, row) => sum + row.passed + row.failed, 0);
  const failed = report.rows.reduce((sum, row) => sum + row.failed, 0);
  out.push(
    '',
    `${report.ok ? 'OK' : 'FAILED'}: ${report.rows.length} policy files, ${report.rows.filter((row) => row.status === 'INVALID').length} invalid, ` +
      `${fixtures - failed} fixtures passed, ${failed} failed, ${report.warnings.length} warnings.`,
  );
  return out.join('\n');
}
