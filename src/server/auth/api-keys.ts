/**
 * API keys for partner machines. The server holds only SHA-256 hashes (API_KEYS_FILE, a JSON list
 * of { id, name, role, organisationId, sha256 }); `npm run api-key:create` makes a key and the entry.
 * A presented key is hashed and compared with every entry in constant time.
 */
import { timingSafeEqual } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { Logger } from 'pino';
import { type ApiKeyEntry, hashApiKey, parseApiKeys } from '../../config/api-key-file';

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
