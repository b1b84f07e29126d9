/**
 * Reads a rules folder into a PolicySet: every *.json file is parsed and checked, and one invalid
 * file refuses the whole folder, so a half-valid policy can never go live.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem, type JsonText, type LocatedProblem } from './json-locations';
import { checkPolicyText, PolicyValidationError } from './policy-file';
import { type LoadedPolicy, PolicySet } from './policy-set';
import { NO_RULES_DATA, readRulesData, type RulesDataFolder } from './data/rules-data';

export interface PolicyFolder {
  /** The files that passed every check, sorted by file name. */
  policies: LoadedPolicy[];
  /** Every problem of every file, each with file, line, JSON path and reason. */
  problems: LocatedProblem[];
  /** The text of each file read (by path), to locate later problems (fixtures, static checks) by line. */
  texts: Map<string, JsonText>;
  /** The data beside the policies (reference rates, letters); its problems are in `problems` too. */
  data: RulesDataFolder;
}

/** Reads and checks every *.json file of a rules folder, without throwing. */
export function readPolicyFolder(dir: string): PolicyFolder {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    return {
      policies: [],
      problems: [{ file: dir, pointer: '/', reason: 'no such folder; RULES_DIR must name the folder that holds the policy files' }],
      texts: new Map(),
      data: { data: NO_RULES_DATA, problems: [], texts: new Map() },
    };
  }
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort();
  const policies: LoadedPolicy[] = [];
  const problems: LocatedProblem[] = [];
  const texts = new Map<string, JsonText>();
  for (const file of files) {
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8');
    const checked = checkPolicyText(path, text);
    texts.set(path, checked.json);
    if (checked.problems.length > 0 || !checked.body) {
      problems.push(...checked.problems);
      continue;
    }
    policies.push({
      file: path,
      body: checked.body,
      hash: createHash('sha256').update(text).digest('hex'),
      effectiveFrom: checked.body.effectiveFrom ?? '0000-01-01',
    });
  }
  const seen = new Map<string, string>();
  for (const policy of policies) {
    const key = `${policy.body.name}@${policy.effectiveFrom}`;
    const other = seen.get(key);
    if (other !== undefined) {
      problems.push({
        ...texts.get(policy.file)!.locate(policy.file, '/name', ''),
        reason: `another file (${other}) already holds "${policy.body.name}" effective ${policy.effectiveFrom}`,
      });
    } else seen.set(key, policy.file);
  }
  const data = readRulesData(dir);
  problems.push(...data.problems);
  return { policies, problems, texts, data };
}

/** Reads and checks every *.json file of a rules folder. Throws one error listing every problem. */
export function loadPolicySet(dir: string): PolicySet {
  const folder = readPolicyFolder(dir);
  if (folder.problems.length > 0) {
    // The folder itself (no such folder) is reported without repeating its name.
    const problems = folder.problems.map((problem) => (problem.file === dir && problem.line === undefined ? `${problem.pointer}: ${problem.reason}` : formatProblem(problem)));
    throw new PolicyValidationError(dir, problems);
  }
  return new PolicySet(folder.policies, new Date(), folder.data.data);
}
