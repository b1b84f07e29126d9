/**
 * Who is making a request, and how they proved it. Authentication itself (bearer JWTs, API keys) is
 * src/server/auth/; who may do what is src/app/roles.ts (role groups, checked by src/server/auth-checker.ts) and
 * src/modules/partner/partner-scope.ts (partners).
 */
import { registerEnumType } from 'type-graphql';

export enum Role {
  VIEWER = 'VIEWER',
  OPERATOR = 'OPERATOR',
  RISK_OFFICER = 'RISK_OFFICER',
  /** A risk officer with a larger credit authority: may do all a risk officer may, and decide larger referrals. */
  CREDIT_MANAGER = 'CREDIT_MANAGER',
  INSURER = 'INSURER',
  PARTNER = 'PARTNER',
  ADMIN = 'ADMIN',
}
registerEnumType(Role, { name: 'Role' });

export const ROLES: ReadonlySet<string> = new Set<string>(Object.values(Role));

/**
 * How an actor authenticated: a bearer JWT (HS256 with JWT_SECRET, or an asymmetric key from
 * JWKS_URL), an API key (API_KEYS_FILE), nothing (development only), or the server itself.
 */
export type AuthMethod = 'jwt-hs256' | 'jwt-jwks' | 'api-key' | 'anonymous' | 'system';

export interface Actor {
  /** What the audit trail records: the token subject, `api-key:<key id>`, or `system:<process>`. */
  id: string;
  role: Role;
  /** Set for PARTNER actors: the organisation whose customers they may see. */
  organisationId: string | null;
  authMethod: AuthMethod;
  /** The API key's id (authMethod api-key). */
  apiKeyId?: string;
  /** When the credential stops proving who this is: a bearer token's exp (API keys have none). */
  expiresAt?: Date;
}

export const ANONYMOUS: Actor = { id: 'anonymous', role: Role.VIEWER, organisationId: null, authMethod: 'anonymous' };

/** The server acting on its own (the collections scheduler, the rules-folder watcher, the demo seed). */
export function systemActor(name: string, role: Role = Role.ADMIN): Actor {
  return { id: `system:${name}`, role, organisationId: null, authMethod: 'system' };
}
