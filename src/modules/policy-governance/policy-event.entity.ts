import { Entity, Enum, Index, PrimaryKey, Property, OptionalProps } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { TimestampColumn } from '../../shared/columns';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum PolicyEventKind {
  /** A policy version went live (at start-up or by hot reload). */
  LOADED = 'LOADED',
  /** A changed rules folder was refused; the previous versions kept serving. */
  REFUSED = 'REFUSED',
}
registerEnumType(PolicyEventKind, { name: 'PolicyEventKind' });

/** The policy's own audit trail: what was loaded or refused, when, who wrote it and who had it reloaded. */
@ObjectType({ description: 'A policy version loaded, or a rules change refused.' })
@Entity({ tableName: 'policy_event' })
@Index({ properties: ['at'] })
export class PolicyEvent {
  [OptionalProps]?: 'sequence' | 'id' | 'name' | 'version' | 'hash' | 'problems' | 'changedBy' | 'reloadedBy';

  /** Order of events, also when several share a timestamp. */
  @PrimaryKey({ autoincrement: true })
  sequence!: number;

  @Field(() => ID)
  @Property({ type: 'uuid', unique: true })
  id: string = randomUUID();

  @Field(() => PolicyEventKind)
  @Enum({ items: () => PolicyEventKind })
  kind!: PolicyEventKind;

  @Field()
  @TimestampColumn()
  at!: Date;

  @Field(() => String, { nullable: true, description: 'Policy name (LOADED).' })
  @Property({ type: 'string', length: 100, nullable: true })
  name: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 50, nullable: true })
  version: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 64, nullable: true })
  hash: string | null = null;

  @Field(() => String, { nullable: true, description: 'Who authored this version: the changedBy of the policy file (LOADED; null when the file names nobody).' })
  @Property({ type: 'string', length: 100, nullable: true })
  changedBy: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'Who had the rules folder read: system:startup, system:file-watcher, or the user of the reloadPolicies mutation (null on events recorded before this was kept).',
  })
  @Property({ type: 'string', length: 100, nullable: true })
  reloadedBy: string | null = null;

  @Field(() => [String], { description: 'Why a change was refused: file, JSON path and reason per problem.' })
  @Property({ type: 'json' })
  problems: string[] = [];
}
