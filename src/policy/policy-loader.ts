/**
 * Reads a rules folder into a PolicySet: every *.json file is parsed and checked, and one invalid
 * file refuses the whole folder, so a half-valid policy can never go live.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkPolicyFile, type PolicyFile, PolicyValidationError } from './policy-file';
import { type LoadedPolicy, PolicySet } from './policy-set';

/** Reads and checks every *.json file of a rules folder. Throws one error listing every problem. */
export function loadPolicySet(dir: string): PolicySet {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new PolicyValidationError(dir, ['/: no such folder; RULES_DIR must name the folder that holds the policy files']);
  }
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort();
  const policies: LoadedPolicy[] = [];
  const problems: string[] = [];
  for (const file of files) {
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8');
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (error) {
      problems.push(`${path} /: not valid JSON (${(error as Error).message})`);
      continue;
    }
    const fileProblems = checkPolicyFile(body);
    if (fileProblems.length > 0) {
      problems.push(...fileProblems.map((problem) => `${path} ${problem}`));
      continue;
    }
    const policy = body as PolicyFile;
    policies.push({
      file: path,
      body: policy,
      hash: createHash('sha256').update(text).digest('hex'),
      effectiveFrom: policy.effectiveFrom ?? '0000-01-01',
    });
  }
  const seen = new Set<string>();
  for (const policy of policies) {
    const key = `${policy.body.name}@${policy.effectiveFrom}`;
    if (seen.has(key)) problems.push(`${policy.file} /name: another file already holds "${policy.body.name}" effective ${policy.effectiveFrom}`);
    seen.add(key);
  }
  if (problems.length > 0) throw new PolicyValidationError(dir, problems);
  return new PolicySet(policies);
}
