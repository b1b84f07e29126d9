/**
 * The role rules (@Authorized) of the built schema, read from type-graphql's metadata: which roles a
 * root operation admits, and which object fields are closed to partners.
 */
import { getMetadataStorage } from 'type-graphql';
import { Role } from '../../src/app/actor';

export type RootKind = 'Query' | 'Mutation' | 'Subscription';

/** The roles of a root operation's rule, or null when it has none. */
export function rolesOfOperation(root: RootKind, fieldName: string): string[] | null {
  const storage = getMetadataStorage();
  const handlers = root === 'Query' ? storage.queries : root === 'Mutation' ? storage.mutations : storage.subscriptions;
  const handler = handlers.find((candidate) => candidate.schemaName === fieldName);
  const rule = storage.authorizedFields.find((candidate) => candidate.target === handler?.target && candidate.fieldName === handler?.methodName);
  return rule ? (rule.roles as string[]) : null;
}

/** The roles of an object field's own rule (on the property or its field resolver), or null when it has none. */
export function rolesOfField(typeName: string, fieldName: string): string[] | null {
  const storage = getMetadataStorage();
  const classes = storage.objectTypes.filter((objectType) => objectType.name === typeName).map((objectType) => objectType.target);
  const resolvers = storage.fieldResolvers.filter((resolver) => resolver.schemaName === fieldName && classes.includes(resolver.getObjectType?.() as never));
  const rule = storage.authorizedFields.find(
    (candidate) =>
      candidate.fieldName === fieldName &&
      (classes.includes(candidate.target as never) || resolvers.some((resolver) => resolver.target === candidate.target && resolver.methodName === candidate.fieldName)),
  );
  return rule ? (rule.roles as string[]) : null;
}

/** A field with a rule that leaves partners out. */
export function closedToPartners(typeName: string, fieldName: string): boolean {
  const roles = rolesOfField(typeName, fieldName);
  return roles !== null && !roles.includes(Role.PARTNER);
}
