/**
 * The live policy set, and how it changes. Services ask it for decisions. A change to the rules
 * folder is checked as a whole set (schema, meaning, fixtures) and swapped in with one assignment,
 * so a decision never sees half of one version and half of another; an invalid set is refused and
 * the previous versions keep serving.
 */
import { type FSWatcher, watch } from 'node:fs';
import type { Logger } from 'pino';
import type { Clock } from '../shared/clock';
import type { Decision } from './decision';
import type { FactsOf, MutationName } from './fact-catalogue';
import { PolicyValidationError } from './policy-file';
import { fixtureProblems } from './policy-fixtures';
import { loadPolicySet } from './policy-loader';
import type { LoadedPolicy, PolicySet } from './policy-set';

/** Where loads and refusals are recorded (the database, in the server). `reloadedBy`: who had the folder read. */
export interface PolicyAuditSink {
  loaded(set: PolicySet, newlyLive: readonly LoadedPolicy[], at: Date, reloadedBy: string): Promise<void>;
  /** `live` is the set that keeps serving (its rules/alerts.json names the alert to raise). */
  refused(problems: readonly string[], at: Date, live: PolicySet, reloadedBy: string): Promise<void>;
}

/** Who reads the rules folder when no person asked: the start-up load and the folder watcher. */
export const POLICY_RELOADERS = { startup: 'system:startup', fileWatcher: 'system:file-watcher' } as const;

/** A whole-set check that runs before a set may go live, besides the policy files' own fixtures. */
export type PolicySetCheck = (set: PolicySet) => Promise<string[]>;

export type ReloadResult = { applied: true; newlyLive: string[] } | { applied: false; problems: string[] };

export interface PolicyServiceOptions {
  clock?: Clock;
  logger?: Logger;
  checks?: PolicySetCheck[];
}

export class PolicyService {
  private live: PolicySet;
  private readonly firstLive = new Map<string, Date>();
  private audit: PolicyAuditSink | null = null;
  private watcher: FSWatcher | null = null;
  private reloading: Promise<ReloadResult> | null = null;
  /** The reload queued behind the running one, and who it is recorded for. */
  private next: Promise<ReloadResult> | null = null;
  private nextBy = '';

  /** Synchronous, without the whole-set checks: for tools and tests. The server uses PolicyService.load. */
  constructor(
    readonly rulesDir: string,
    initial?: PolicySet,
    private readonly options: PolicyServiceOptions = {},
  ) {
    this.live = initial ?? loadPolicySet(rulesDir);
    this.markLive(this.live.policies);
  }

  /**
   * Loads and fully checks the rules folder (the files, then their fixtures and any extra checks);
   * throws PolicyValidationError when it may not go live.
   */
  static async load(rulesDir: string, options: PolicyServiceOptions = {}): Promise<PolicyService> {
    const set = loadPolicySet(rulesDir);
    const problems = await runChecks(set, [fixtureProblems, ...(options.checks ?? [])]);
    if (problems.length > 0) throw new PolicyValidationError(rulesDir, problems);
    return new PolicyService(rulesDir, set, options);
  }

  current(): PolicySet {
    return this.live;
  }

  decide<M extends MutationName>(mutation: M, facts: FactsOf<M>, businessDate: string): Promise<Decision> {
    return this.live.decide(mutation, facts, businessDate);
  }

  /** When this process first served a policy version (by content hash). */
  loadedAt(hash: string): Date | null {
    return this.firstLive.get(hash) ?? null;
  }

  /** Records the live set (once a database is there) and every later load or refusal. */
  async attachAudit(audit: PolicyAuditSink): Promise<void> {
    this.audit = audit;
    await audit.loaded(this.live, this.live.policies, this.now(), POLICY_RELOADERS.startup);
  }

  /**
   * Re-reads the folder; `by` is recorded on the events (the file watcher, or the user of reloadPolicies).
   * A call during a reload gets one more reload after it (that one may have read the folder too early);
   * calls meanwhile share that one, recorded for the person who asked if any did.
   */
  reload(by: string = POLICY_RELOADERS.fileWatcher): Promise<ReloadResult> {
    if (!this.reloading) return this.startReload(by);
    if (!this.next) {
      this.nextBy = by;
      const start = () => {
        this.next = null;
        return this.startReload(this.nextBy);
      };
      this.next = this.reloading.then(start, start);
    } else if (!by.startsWith('system:')) {
      this.nextBy = by;
    }
    return this.next;
  }

  private startReload(by: string): Promise<ReloadResult> {
    const running: Promise<ReloadResult> = this.reloadOnce(by).finally(() => {
      // With a reload queued, `reloading` stays set until it starts, so no third one slips in between.
      if (this.reloading === running && !this.next) this.reloading = null;
    });
    this.reloading = running;
    return running;
  }

  /** Watches the rules folder and reloads shortly after it changes (editors write files in bursts). */
  watch(debounceMs = 150): void {
    if (this.watcher) return;
    let timer: NodeJS.Timeout | null = null;
    // Recursive: the data beside the policies (reference-rates/, letters/) sits in sub-folders.
    this.watcher = watch(this.rulesDir, { recursive: true }, () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void this.reload(POLICY_RELOADERS.fileWatcher), debounceMs);
    });
    this.watcher.on('error', (error) => this.options.logger?.error({ err: error }, 'policy folder watch failed'));
  }

  stopWatching(): void {
    this.watcher?.close();
    this.watcher = null;
  }

  private async reloadOnce(by: string): Promise<ReloadResult> {
    const at = this.now();
    let problems: string[];
    let candidate: PolicySet | null = null;
    try {
      candidate = loadPolicySet(this.rulesDir);
      problems = await runChecks(candidate, [fixtureProblems, ...(this.options.checks ?? [])]);
    } catch (error) {
      problems = error instanceof PolicyValidationError ? error.problems.map((problem) => `${error.file} ${problem}`) : [String(error)];
    }
    if (!candidate || problems.length > 0) {
      this.options.logger?.error({ rulesDir: this.rulesDir, problems }, 'policy change refused: the previous policies keep serving');
      await this.audit?.refused(problems, at, this.live, by);
      return { applied: false, problems };
    }
    const previousHashes = new Set(this.live.policies.map((policy) => policy.hash));
    const newlyLive = candidate.policies.filter((policy) => !previousHashes.has(policy.hash));
    const dataChanged = candidate.data.hash !== this.live.data.hash;
    if (newlyLive.length === 0 && candidate.policies.length === this.live.policies.length && !dataChanged) return { applied: true, newlyLive: [] };
    // Recorded before it goes live: every decision must name a version that is already stored for replay.
    try {
      await this.audit?.loaded(candidate, newlyLive, at, by);
    } catch (error) {
      this.options.logger?.error({ err: error }, 'could not record the policy change; applying it anyway');
    }
    this.live = candidate; // the swap: one assignment, read once per decision
    this.markLive(newlyLive, at);
    this.options.logger?.info({ policies: newlyLive.map((p) => `${p.body.name}@${p.body.version}`) }, 'policy change applied');
    return { applied: true, newlyLive: newlyLive.map((policy) => policy.body.name) };
  }

  private markLive(policies: readonly LoadedPolicy[], at = this.now()): void {
    for (const policy of policies) if (!this.firstLive.has(policy.hash)) this.firstLive.set(policy.hash, at);
  }

  private now(): Date {
    return this.options.clock?.now() ?? new Date();
  }
}

async function runChecks(set: PolicySet, checks: PolicySetCheck[]): Promise<string[]> {
  const problems: string[] = [];
  for (const check of checks) problems.push(...(await check(set)));
  return problems;
}
