/**
 * Who may call what. The foundation has two groups; the access-control issue refines them per
 * operation and adds partner isolation everywhere. Until then PARTNER is refused everywhere but the
 * risk alerts (riskAlerts query and subscription), which show a partner its linked customers only.
 */
import type { AuthChecker } from 'type-graphql';
import { ForbiddenError } from '../shared/errors';
import { Role } from './actor';
import type { RequestContext } from './context';

export const READERS = [Role.VIEWER, Role.OPERATOR, Role.RISK_OFFICER, Role.INSURER, Role.ADMIN];
export const WRITERS = [Role.OPERATOR, Role.RISK_OFFICER, Role.ADMIN];
/** Who may try drafts of the policy (dry run, back-test). */
export const POLICY_AUTHORS = [Role.RISK_OFFICER, Role.ADMIN];

export const authChecker: AuthChecker<RequestContext, Role> = ({ context, info }, roles) => {
  if (roles.includes(context.actor.role)) return true;
  throw new ForbiddenError(`Role ${context.actor.role} may not use ${info.parentType.name}.${info.fieldName}; it needs one of ${roles.join(', ')}`);
};
