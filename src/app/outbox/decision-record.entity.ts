import { OptionalProps, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Authorized, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { READERS } from '../roles';
import { DateColumn, TimestampColumn } from '../../shared/columns';
import { LocalDateScalar } from '../scalars';
import type { FailedRule, FiredRule, PolicyVersion } from '../../policy/decision';
import { DecisionOutcome } from '../../policy/decision';

// The engine's outcomes as a GraphQL enum (the engine itself knows nothing of GraphQL).
registerEnumType(DecisionOutcome, { name: 'DecisionOutcome' });

/** Column length of the subject and actor labels. */
export const LABEL_LENGTH = 100;

/**
 * The audit trail of the policy: every mutation stores what it decided, the facts it saw and the
 * policy versions it used, in the same transaction as its change, so it can be explained and replayed.
 */
@ObjectType('Decision', { description: 'A policy decision taken for a mutation, with its reasons.' })
@Entity()
@Index({ properties: ['mutation', 'businessDate'] })
@Index({ properties: ['businessDate', 'id'] })
export class DecisionRecord {
  [OptionalProps]?: 'subject' | 'actorId' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({ description: 'The mutation that asked for the decision, e.g. issueInvoice.' })
  @Property({ length: 64 })
  mutation!: string;

  @Field(() => DecisionOutcome)
  @Property({ length: 32 })
  outcome!: DecisionOutcome;

  @Field(() => LocalDateScalar, { description: 'The business date the policy was evaluated for.' })
  @DateColumn()
  businessDate!: string;

  /** The facts the rules saw, exactly as evaluated. */
  @Property({ type: 'json' })
  facts!: Record<string, unknown>;

  @Property({ type: 'json' })
  firedRules!: FiredRule[];

  /** Rules evaluated that did not fire: with firedRules, every rule the decision consulted. (Empty on decisions stored before this was kept.) */
  @Property({ type: 'json', defaultRaw: `'[]'` })
  failedRules!: FailedRule[];

  @Property({ type: 'json' })
  policyVersions!: PolicyVersion[];

  @Field()
  @Property({ type: 'text' })
  explanation!: string;

  @Field(() => String, { nullable: true, description: 'Type and id of the object the decision was about.' })
  @Property({ type: 'string', length: LABEL_LENGTH, nullable: true })
  subject: string | null = null;

  /** Who took the action: a token subject, `api-key:<id>`, or `system:<process>` (collections scheduler, demo seed). */
  @Authorized(...READERS)
  @Field(() => String, { nullable: true, description: 'Who caused the decision: a token subject, api-key:<key id>, or system:<process>. Staff only.' })
  @Property({ type: 'string', length: LABEL_LENGTH, nullable: true })
  actorId: string | null = null;

  @Field()
  @TimestampColumn()
  createdAt!: Date;
}
