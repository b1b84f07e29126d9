/**
 * Limits on what one GraphQL document may ask, the same on HTTP and on the WebSocket (graphql-armor's
 * validation rules, and graphql-js's token limit when parsing): one query must not be able to take the
 * server down. Technical limits, not business numbers; sized so every operation our clients use fits
 * with room (test/server/query-limits.test.ts checks test/operations/ against them).
 */
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { GraphQLError, ParseOptions, ValidationContext, ValidationRule } from 'graphql';

export const QUERY_LIMITS = {
  /** Field nesting: customers > edges > node > invoices > edges > node > payments > amount is 8. */
  maxDepth: 12,
  /** graphql-armor's cost: objects 2, scalars 1, multiplied by 1.5 per level of depth. */
  maxCost: 20_000,
  maxAliases: 15,
  maxDirectives: 20,
  /** Lexical tokens in a document (graphql-js stops parsing beyond them). */
  maxTokens: 3_000,
} as const;

export const LIMITED_PARSE_OPTIONS: ParseOptions = { maxTokens: QUERY_LIMITS.maxTokens };

export function queryLimitRules(): ValidationRule[] {
  // Reported as validation errors (GRAPHQL_VALIDATION_FAILED), not thrown out of validation.
  const reported = {
    propagateOnRejection: false,
    onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
  };
  return [
    maxDepthRule({ n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true, ...reported }),
    costLimitRule({ maxCost: QUERY_LIMITS.maxCost, ignoreIntrospection: true, ...reported }),
    maxAliasesRule({ n: QUERY_LIMITS.maxAliases, ...reported }),
    maxDirectivesRule({ n: QUERY_LIMITS.maxDirectives, ...reported }),
  ] as ValidationRule[];
}
