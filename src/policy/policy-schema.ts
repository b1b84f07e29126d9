/**
 * The JSON Schema of a policy file, built from the fact catalogue and the event types so that the two
 * can never drift apart. `schema/policy.schema.json` is this schema written out (for editors: every
 * rules/*.json names it in "$schema"); a test keeps the file equal to buildPolicySchema(), and
 * `node dist/src/cli/rules-check.js --write-schema` rewrites it after a catalogue change.
 *
 * Draft-07, the draft editors support best. Besides standard keywords it uses the editor keywords
 * markdownDescription, enumDescriptions and patternErrorMessage (VS Code), which the validator ignores.
 */
import { DecisionOutcome } from './decision';
import { EVENT_TYPES, type ParamSpec } from './event-types';
import { FACT_CATALOGUE, type FactSpec, type FactType, MUTATION_DESCRIPTIONS, MUTATION_NAMES } from './fact-catalogue';

/** json-rules-engine's built-in operators. */
export const KNOWN_OPERATORS = [
  'equal',
  'notEqual',
  'in',
  'notIn',
  'contains',
  'doesNotContain',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
] as const;

export const POLICY_SCHEMA_PATH = 'schema/policy.schema.json';

/** Keywords the schema uses for editors only; the validator must know them to stay strict about the rest. */
export const EDITOR_KEYWORDS = ['markdownDescription', 'enumDescriptions', 'patternErrorMessage', 'errorMessage', 'defaultSnippets'];

type Schema = Record<string, unknown>;

const DATE = { regex: '^\\d{4}-\\d{2}-\\d{2}$', hint: 'a date as YYYY-MM-DD' };

export function buildPolicySchema(): Schema {
  const facts = allFacts();
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://arbiter.invalid/schema/policy.schema.json',
    title: 'Arbiter credit policy file',
    description:
      'One area of the credit policy (rules/*.json): rules over the facts of the mutations it applies to, and fixtures that show what it decides. See rules/README.md.',
    type: 'object',
    required: ['name', 'version', 'description', 'appliesTo', 'rules'],
    additionalProperties: false,
    properties: {
      $schema: { type: 'string', description: 'The schema of this file, for editors: "../schema/policy.schema.json".' },
      name: {
        type: 'string',
        minLength: 1,
        pattern: '^[a-z][a-z0-9-]*$',
        patternErrorMessage: 'must be kebab-case, e.g. payment-terms',
        description: 'Kebab-case name of the policy, e.g. payment-terms. Versions of one policy share the name.',
      },
      version: { type: 'string', minLength: 1, description: 'Version label, e.g. 2026.1; bump it on every change.' },
      description: { type: 'string', minLength: 1, description: 'What this policy is for, in words.' },
      effectiveFrom: {
        type: 'string',
        pattern: DATE.regex,
        patternErrorMessage: `must be ${DATE.hint}`,
        description: 'Business date from which this version is in force (YYYY-MM-DD). Without it, the version is in force from the beginning.',
      },
      changedBy: {
        type: 'string',
        minLength: 1,
        maxLength: 100,
        pattern: '\\S',
        patternErrorMessage: 'must name who authored this version, e.g. risk-office',
        description: 'Who authored this version (a person or team, e.g. risk-office). Stored with the version when it goes live (policyHistory).',
      },
      appliesTo: {
        type: 'array',
        minItems: 1,
        uniqueItems: true,
        items: { $ref: '#/definitions/mutation' },
        description: 'The mutations this policy takes part in.',
      },
      rules: { type: 'array', items: { $ref: '#/definitions/rule' }, description: 'The rules; each fires at most one event.' },
      tests: {
        type: 'array',
        items: { $ref: '#/definitions/fixture' },
        description: 'Fixtures: facts in, expected outcome and events out. `npm run rules:check` runs them against the whole rules folder.',
      },
    },
    definitions: {
      mutation: {
        type: 'string',
        enum: [...MUTATION_NAMES],
        enumDescriptions: MUTATION_NAMES.map((name) => MUTATION_DESCRIPTIONS[name]),
      },
      rule: {
        type: 'object',
        required: ['name', 'description', 'conditions', 'event'],
        additionalProperties: false,
        properties: {
          name: { type: 'string', minLength: 1, description: 'Unique name of the rule in this file; it appears in every explanation.' },
          description: { type: 'string', minLength: 1, description: 'What the rule does, in words; it appears in every explanation.' },
          appliesTo: {
            type: 'array',
            minItems: 1,
            uniqueItems: true,
            items: { $ref: '#/definitions/mutation' },
            description: "Narrows the file's appliesTo for this rule.",
          },
          priority: { type: 'number', minimum: 1, description: 'json-rules-engine priority (higher runs first); default 1.' },
          conditions: { $ref: '#/definitions/conditionGroup' },
          event: { $ref: '#/definitions/event' },
        },
      },
      conditionGroup: {
        type: 'object',
        description: 'Exactly one of all (every condition holds), any (at least one holds) or not.',
        errorMessage: 'must have exactly one of "all", "any" or "not"',
        minProperties: 1,
        maxProperties: 1,
        additionalProperties: false,
        properties: groupProperties(),
      },
      condition: {
        type: 'object',
        description: 'A group (exactly one of all, any, not) or a comparison of a fact with a value.',
        additionalProperties: false,
        properties: {
          ...groupProperties(),
          fact: { $ref: '#/definitions/fact' },
          operator: {
            type: 'string',
            enum: [...KNOWN_OPERATORS],
            description: 'json-rules-engine operator.',
          },
          value: { description: 'The value to compare with: a constant of the fact\'s type, an array for in/notIn, or { "fact": "otherFact" }.' },
          path: { type: 'string', pattern: '^\\$', patternErrorMessage: 'must be a JSONPath starting with $', description: 'JSONPath into an object fact.' },
        },
        if: { anyOf: [{ required: ['all'] }, { required: ['any'] }, { required: ['not'] }] },
        then: { minProperties: 1, maxProperties: 1, errorMessage: 'a group must have exactly one of "all", "any" or "not" and nothing else' },
        else: { required: ['fact', 'operator', 'value'] },
      },
      fact: {
        type: 'string',
        enum: Object.keys(facts),
        enumDescriptions: Object.values(facts).map((fact) => `${fact.type}: ${fact.description}`),
        description: 'A fact of the mutation (see src/policy/fact-catalogue.ts; each mutation has only some of them).',
      },
      event: {
        type: 'object',
        required: ['type', 'params'],
        additionalProperties: false,
        properties: {
          type: { $ref: '#/definitions/eventType' },
          params: { type: 'object', description: "The event's params; which ones depends on the type." },
        },
        allOf: Object.keys(EVENT_TYPES).map((type) => ({
          if: { properties: { type: { const: type } }, required: ['type'] },
          then: { properties: { params: { $ref: `#/definitions/params-${type}` } } },
        })),
      },
      eventType: {
        type: 'string',
        enum: Object.keys(EVENT_TYPES),
        enumDescriptions: Object.values(EVENT_TYPES).map((spec) => spec.description + (spec.outcome ? ` Outcome ${spec.outcome}.` : '')),
      },
      ...Object.fromEntries(Object.entries(EVENT_TYPES).map(([type, spec]) => [`params-${type}`, paramsSchema(spec.params, false)])),
      ...Object.fromEntries(Object.entries(EVENT_TYPES).map(([type, spec]) => [`expectedParams-${type}`, paramsSchema(spec.params, true)])),
      fixture: {
        type: 'object',
        required: ['name', 'mutation', 'facts', 'expect'],
        additionalProperties: false,
        properties: {
          name: { type: 'string', minLength: 1, description: 'Unique name of the fixture in this file.' },
          mutation: { $ref: '#/definitions/mutation' },
          businessDate: {
            type: 'string',
            pattern: DATE.regex,
            patternErrorMessage: `must be ${DATE.hint}`,
            description: "Business date of the decision; default: the policy's effectiveFrom, else 2026-01-01.",
          },
          facts: { type: 'object', description: 'Every fact of the mutation, with its value.' },
          expect: {
            type: 'object',
            additionalProperties: false,
            minProperties: 1,
            errorMessage: 'must expect an outcome, events, or both',
            properties: {
              outcome: { type: 'string', enum: Object.values(DecisionOutcome), description: 'The outcome of the whole decision (every policy of the folder).' },
              events: {
                type: 'array',
                items: { $ref: '#/definitions/expectedEvent' },
                description: 'Events that THIS policy must fire; params left out are not compared.',
              },
              noOtherEvents: { type: 'boolean', description: 'True: this policy fires exactly the expected events and no other.' },
            },
          },
        },
        allOf: MUTATION_NAMES.map((mutation) => ({
          if: { properties: { mutation: { const: mutation } }, required: ['mutation'] },
          then: { properties: { facts: { $ref: `#/definitions/facts-${mutation}` } } },
        })),
      },
      expectedEvent: {
        type: 'object',
        required: ['type'],
        additionalProperties: false,
        properties: { type: { $ref: '#/definitions/eventType' }, params: { type: 'object' } },
        allOf: Object.keys(EVENT_TYPES).map((type) => ({
          if: { properties: { type: { const: type } }, required: ['type'] },
          then: { properties: { params: { $ref: `#/definitions/expectedParams-${type}` } } },
        })),
      },
      ...Object.fromEntries(
        MUTATION_NAMES.map((mutation) => {
          const catalogue = FACT_CATALOGUE[mutation] as Record<string, FactSpec>;
          return [
            `facts-${mutation}`,
            {
              type: 'object',
              required: Object.keys(catalogue),
              additionalProperties: false,
              properties: Object.fromEntries(Object.entries(catalogue).map(([name, fact]) => [name, { ...JSON_TYPE[fact.type], description: fact.description }])),
            },
          ];
        }),
      ),
    },
  };
}

const JSON_TYPE: Record<FactType, Schema> = {
  integer: { type: 'integer' },
  number: { type: 'number' },
  string: { type: 'string' },
  boolean: { type: 'boolean' },
};

function groupProperties(): Schema {
  return {
    all: { type: 'array', items: { $ref: '#/definitions/condition' }, description: 'Every condition must hold.' },
    any: { type: 'array', items: { $ref: '#/definitions/condition' }, description: 'At least one condition must hold.' },
    not: { $ref: '#/definitions/condition', description: 'The condition must not hold.' },
  };
}

function paramsSchema(params: Record<string, ParamSpec>, partial: boolean): Schema {
  return {
    type: 'object',
    ...(partial ? {} : { required: Object.keys(params) }),
    additionalProperties: false,
    properties: Object.fromEntries(Object.entries(params).map(([name, spec]) => [name, paramSchema(spec)])),
  };
}

function paramSchema(spec: ParamSpec): Schema {
  const description = spec.description ? { description: spec.description } : {};
  switch (spec.kind) {
    case 'boolean':
      return { type: 'boolean', ...description };
    case 'string':
      return {
        type: 'string',
        ...(spec.oneOf ? { enum: [...spec.oneOf] } : {}),
        ...(spec.pattern ? { pattern: spec.pattern.regex, patternErrorMessage: `must be ${spec.pattern.hint}` } : {}),
        ...description,
      };
    case 'integer':
      return { type: 'integer', minimum: spec.min, maximum: spec.max, ...(spec.oneOf ? { enum: [...spec.oneOf] } : {}), ...description };
    case 'number':
      return { type: 'number', minimum: spec.min, maximum: spec.max, ...description };
  }
}

/** Every fact of every mutation (one name has one type everywhere). */
function allFacts(): Record<string, FactSpec> {
  const facts: Record<string, FactSpec> = {};
  for (const mutation of MUTATION_NAMES) {
    for (const [name, spec] of Object.entries(FACT_CATALOGUE[mutation] as Record<string, FactSpec>)) facts[name] ??= spec;
  }
  return Object.fromEntries(Object.entries(facts).sort(([a], [b]) => a.localeCompare(b)));
}
