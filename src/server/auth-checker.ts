/** type-graphql's check of @Authorized(group): the role groups themselves are src/app/roles.ts. */
import type { AuthChecker } from 'type-graphql';
import { ForbiddenError } from '../shared/errors';
import { Role } from '../app/actor';
import type { RequestContext } from '../app/context';

export const authChecker: AuthChecker<RequestContext, Role> = ({ context, info }, roles) => {
  if (roles.includes(context.actor.role)) return true;
  throw new ForbiddenError(`Role ${context.actor.role} may not use ${info.parentType.name}.${info.fieldName}; it needs one of ${roles.join(', ')}`);
};
