/**
 * The rules the tests run against: test/rules/, a pinned copy of rules/ (see its README). Tests that
 * depend on policy numbers read this folder, never the shipped rules/, so a risk officer's edit of
 * rules/ cannot turn the suite red.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Relative to the repository root, where jest runs (like the server's own RULES_DIR default, `rules`). */
export const PINNED_RULES_DIR = 'test/rules';

/** A scratch copy of the pinned rules for a test to edit; the caller removes it. */
export function copyPinnedRules(): string {
  const dir = mkdtempSync(join(tmpdir(), 'arbiter-rules-'));
  cpSync(PINNED_RULES_DIR, dir, { recursive: true });
  return dir;
}

/** A file of the pinned rules, e.g. pinnedRulesFile('payment-terms.json'). */
export function pinnedRulesFile(file: string): string {
  return join(PINNED_RULES_DIR, file);
}
