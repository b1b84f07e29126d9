/** Bearer tokens this server can issue itself: development tokens and tests (production verifies tokens it did not issue). */
import { SignJWT } from 'jose';
import type { Actor } from '../../app/actor';

export interface TokenOptions {
  expiresIn?: string;
  issuer?: string | null;
  audience?: string | null;
}

/** An HS256 bearer token for an actor (development tokens, tests). */
export async function issueToken(actor: Pick<Actor, 'id' | 'role' | 'organisationId'>, secret: string, options: TokenOptions | string = {}): Promise<string> {
  const { expiresIn = '30d', issuer, audience } = typeof options === 'string' ? { expiresIn: options } : options;
  const jwt = new SignJWT({ role: actor.role, ...(actor.organisationId ? { org: actor.organisationId } : {}) })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(actor.id)
    .setIssuedAt()
    .setExpirationTime(expiresIn);
  if (issuer) jwt.setIssuer(issuer);
  if (audience) jwt.setAudience(audience);
  return jwt.sign(new TextEncoder().encode(secret));
}
