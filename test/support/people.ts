/**
 * The people of the referral tests, each with a token of their own: four eyes are about persons,
 * not roles (the requester never approves; two approvals are two different people).
 */
import { Role } from '../../src/app/actor';
import { DEVELOPMENT_JWT_SECRET } from '../../src/config/config';
import { issueToken } from '../../src/server/auth/tokens';

export const PEOPLE = {
  rita: Role.RISK_OFFICER,
  rolf: Role.RISK_OFFICER,
  anna: Role.CREDIT_MANAGER,
  ben: Role.CREDIT_MANAGER,
  otto: Role.OPERATOR,
  vera: Role.VIEWER,
} as const;

export type Person = keyof typeof PEOPLE;

/** Request options that send as one of PEOPLE (tokens issued once, with the development secret the test app accepts). */
export async function asPeople(): Promise<(who: Person) => { headers: Record<string, string> }> {
  const tokens = new Map<Person, string>();
  for (const [id, role] of Object.entries(PEOPLE) as Array<[Person, Role]>) tokens.set(id, await issueToken({ id, role, organisationId: null }, DEVELOPMENT_JWT_SECRET));
  return (who) => ({ headers: { authorization: `Bearer ${tokens.get(who)!}` } });
}
