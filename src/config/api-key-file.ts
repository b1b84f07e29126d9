/**
 * The API_KEYS_FILE format: a JSON list of { id, name, role, organisationId, sha256 } (the server
 * holds only SHA-256 hashes of partner machines' keys); `npm run api-key:create` makes a key and its
 * entry. Checked when the configuration is read; src/server/auth/api-keys.ts looks keys up.
 */
import { createHash, randomBytes } from 'node:crypto';
import { Role, ROLES } from '../app/actor';

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
