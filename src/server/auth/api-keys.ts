/**
 * API keys for partner machines. The server holds only SHA-256 hashes (API_KEYS_FILE, a JSON list
 * of { id, name, role, organisationId, sha256 }); `npm run api-key:create` makes a key and the entry.
 * A presented key is hashed and compared with every entry in constant time.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { Logger } from 'pino';
import { Role, ROLES } from '../actor';

export interface ApiKeyEntry {
  /** Stable id, recorded on everything the key does (`api-key:<id>`). */
  id: string;
  /** Who holds it, for people reading the file. */
  name: string;
  role: Role;
  /** Required for PARTNER keys: the organisation whose customers the key may see. */
  organisationId: string | null;
  /** SHA-256 of the key, lower-case hex. */
  sha256: string;
}

/** Keys start with this, so secret scanners and people recognise one. */
export const API_KEY_PREFIX = 'arbiter_';
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
const SHA256_PATTERN = /^[0-9a-f]{64}$/;

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** A new random key (256 bits) and the entry to add to API_KEYS_FILE. */
export function createApiKey(entry: Omit<ApiKeyEntry, 'sha256'>): { key: string; entry: ApiKeyEntry } {
  const problem = entryProblem({ ...entry, sha256: '0'.repeat(64) });
  if (problem) throw new Error(problem);
  const key = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { key, entry: { ...entry, sha256: hashApiKey(key) } };
}

/** Parses and checks the API_KEYS_FILE text; throws with a one-line reason naming the entry. */
export function parseApiKeys(text: string): ApiKeyEntry[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!Array.isArray(value)) throw new Error('must be a JSON list of { id, name, role, organisationId, sha256 }');
  const seen = new Set<string>();
  return value.map((item: unknown, index) => {
    const problem = entryProblem(item);
    if (problem) throw new Error(`entry ${index}: ${problem}`);
    const entry = item as ApiKeyEntry;
    if (seen.has(entry.id)) throw new Error(`entry ${index}: id "${entry.id}" is used twice`);
    seen.add(entry.id);
    return { id: entry.id, name: entry.name, role: entry.role, organisationId: entry.organisationId ?? null, sha256: entry.sha256 };
  });
}

function entryProblem(item: unknown): string | null {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return 'must be an object { id, name, role, organisationId, sha256 }';
  const entry = item as Record<string, unknown>;
  const unknownKeys = Object.keys(entry).filter((key) => !['id', 'name', 'role', 'organisationId', 'sha256'].includes(key));
  if (unknownKeys.length > 0) return `unknown field ${unknownKeys.map((key) => JSON.stringify(key)).join(', ')}`;
  if (typeof entry.id !== 'string' || !ID_PATTERN.test(entry.id)) return 'id must be 1-100 letters, digits, ".", "_" or "-"';
  if (typeof entry.name !== 'string' || entry.name.trim() === '') return `name of "${entry.id}" must be a non-empty string`;
  if (typeof entry.role !== 'string' || !ROLES.has(entry.role)) return `role of "${entry.id}" must be one of ${[...ROLES].join(', ')}`;
  const organisation = entry.organisationId ?? null;
  if (organisation !== null && (typeof organisation !== 'string' || organisation.trim() === '')) return `organisationId of "${entry.id}" must be a non-empty string or null`;
  if (entry.role === Role.PARTNER && organisation === null) return `"${entry.id}" is a PARTNER key and needs an organisationId`;
  if (typeof entry.sha256 !== 'string' || !SHA256_PATTERN.test(entry.sha256)) return `sha256 of "${entry.id}" must be 64 lower-case hex digits (the SHA-256 of the key)`;
  return null;
}

/** The entry a presented key belongs to, or null. Every entry is compared, each in constant time. */
export function findApiKey(entries: readonly ApiKeyEntry[], key: string): ApiKeyEntry | null {
  const presented = Buffer.from(hashApiKey(key), 'hex');
  let found: ApiKeyEntry | null = null;
  for (const entry of entries) {
    if (timingSafeEqual(presented, Buffer.from(entry.sha256, 'hex')) && !found) found = entry;
  }
  return found;
}

/** The API keys in force, as API_KEYS_FILE holds them now. */
export interface ApiKeyList {
  current(): Promise<readonly ApiKeyEntry[]>;
}

/**
 * A file's stat changes with every write, except two writes of the same size within one tick of the
 * file system's clock (a few ms): a file modified less than this long ago is read again to be sure.
 */
const RECENTLY_MODIFIED_MS = 2_000;

/**
 * API_KEYS_FILE, followed as it changes. Before each API-key check the file's stat (inode, size,
 * modification and change times) is compared with the one last read; when it differs (or the file was
 * modified moments ago) the file is read and checked again, so a key removed from the file stops
 * working at the next request, without a restart, on every instance that reads the file. A file that
 * no longer reads as a valid list (a typo, a half-written edit, deleted) is logged as an error, once
 * per change, and the last valid list keeps serving: a bad edit never drops every key at once.
 * (To revoke every key, write `[]`.)
 */
export function followApiKeysFile(file: string | null, loadedAtStart: ApiKeyEntry[], logger?: Logger): ApiKeyList {
  if (file === null) return { current: async () => loadedAtStart };
  let entries: readonly ApiKeyEntry[] = loadedAtStart;
  let seenStat: string | null = null;
  let seenText: string | null = null;
  let checking: Promise<readonly ApiKeyEntry[]> | null = null;

  const refuse = (reason: string) =>
    logger?.error({ file, reason, keysStillServed: entries.length }, `API_KEYS_FILE ${file} is not a valid key list (${reason}): the last valid list keeps serving until it is fixed`);

  async function look(): Promise<readonly ApiKeyEntry[]> {
    let text: string;
    try {
      const info = await stat(file!, { bigint: true });
      const version = `${info.ino}/${info.size}/${info.mtimeNs}/${info.ctimeNs}`;
      const settled = Date.now() - Number(info.mtimeNs / 1_000_000n) > RECENTLY_MODIFIED_MS;
      if (version === seenStat && settled) return entries;
      seenStat = version;
      text = await readFile(file!, 'utf8');
    } catch (error) {
      const reason = `cannot be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`;
      if (seenStat !== reason) refuse(reason);
      seenStat = reason;
      seenText = null;
      return entries;
    }
    if (text === seenText) return entries;
    seenText = text;
    try {
      entries = parseApiKeys(text);
      logger?.info({ file, keys: entries.length }, 'API_KEYS_FILE read');
    } catch (error) {
      refuse(error instanceof Error ? error.message : String(error));
    }
    return entries;
  }

  return {
    // Requests arriving together share one look at the file.
    current: () => (checking ??= look().finally(() => (checking = null))),
  };
}
