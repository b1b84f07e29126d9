/**
 * Every root operation (query, mutation, subscription) of the schema has an explicit role rule
 * (@Authorized): a new operation without one fails the build. Walks the built schema, not a list.
 */
import { getMetadataStorage } from 'type-graphql';
import { buildAppSchema } from '../../src/server/schema';

it('has a role rule on every query, mutation and subscription', async () => {
  const schema = await buildAppSchema();
  const storage = getMetadataStorage();
  const authorized = new Set(storage.authorizedFields.map((rule) => `${rule.target.name}.${rule.fieldName}`));
  const handlers = [...storage.queries, ...storage.mutations, ...storage.subscriptions];
  const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter((type) => type !== null && type !== undefined);

  const unruled: string[] = [];
  let walked = 0;
  for (const root of roots) {
    for (const field of Object.values(root.getFields())) {
      walked += 1;
      const handler = handlers.find((candidate) => candidate.schemaName === field.name && kindOf(candidate) === root.name);
      if (!handler || !authorized.has(`${handler.target.name}.${handler.methodName}`)) unruled.push(`${root.name}.${field.name}`);
    }
  }
  expect(walked).toBe(handlers.length); // every resolver operation was found in the schema
  expect(unruled).toEqual([]);

  function kindOf(handler: (typeof handlers)[number]): string {
    if (storage.queries.includes(handler)) return 'Query';
    if (storage.mutations.includes(handler)) return 'Mutation';
    return 'Subscription';
  }
});
