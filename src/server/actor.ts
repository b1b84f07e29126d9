/**
 * Who is making a request. Read from the `Authorization: Bearer <jwt>` header (HS256, JWT_SECRET).
 * Who may do what is src/server/auth-checker.ts (roles) and src/modules/partner/partner-scope.ts (partners).
 */
import { jwtVerify, SignJWT } from 'jose';
import { registerEnumType } from 'type-graphql';
import { UnauthenticatedError } from '../shared/errors';

export enum Role {
  VIEWER = 'VIEWER',
  OPERATOR = 'OPERATOR',
  RISK_OFFICER = 'RISK_OFFICER',
  INSURER = 'INSURER',
  PARTNER = 'PARTNER',
  ADMIN = 'ADMIN',
}
registerEnumType(Role, { name: 'Role' });

export interface Actor {
  id: string;
  role: Role;
  /** Set for PARTNER actors: the organisation whose customers they may see. */
  organisationId: string | null;
}

export const ANONYMOUS: Actor = { id: 'anonymous', role: Role.VIEWER, organisationId: null };

const ROLES = new Set<string>(Object.values(Role));

export async function actorFromAuthorization(header: string | undefined, secret: string): Promise<Actor | null> {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw new UnauthenticatedError('The Authorization header must be "Bearer <token>"');
  try {
    const { payload } = await jwtVerify(match[1], new TextEncoder().encode(secret), { algorithms: ['HS256'] });
    if (typeof payload.sub !== 'string' || typeof payload.role !== 'string' || !ROLES.has(payload.role)) {
      throw new Error('missing sub or role');
    }
    return {
      id: payload.sub,
      role: payload.role as Role,
      organisationId: typeof payload.org === 'string' ? payload.org : null,
    };
  } catch {
    throw new UnauthenticatedError('The bearer token is invalid or expired; ask for a new one');
  }
}

export async function issueToken(actor: Actor, secret: string, expiresIn = '30d'): Promise<string> {
  return new SignJWT({ role: actor.role, ...(actor.organisationId ? { org: actor.organisationId } : {}) })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(actor.id)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(secret));
}
