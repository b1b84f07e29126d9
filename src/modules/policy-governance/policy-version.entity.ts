import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { DateColumn, TimestampColumn } from '../../shared/columns';

/**
 * Every policy file version that ever went live, by content hash. Decisions name the hashes they
 * were taken under, so any decision can be replayed under exactly the rules it saw.
 */
@Entity({ tableName: 'policy_version' })
export class PolicyVersionRecord {
  [OptionalProps]?: 'effectiveFrom';

  @PrimaryKey({ length: 64 })
  hash!: string;

  @Property({ length: 100 })
  name!: string;

  @Property({ length: 50 })
  version!: string;

  /** Null: in force from the beginning. */
  @DateColumn({ nullable: true })
  effectiveFrom: string | null = null;

  /** The file as parsed, exactly what was evaluated. */
  @Property({ type: 'json' })
  body!: Record<string, unknown>;

  @TimestampColumn()
  firstLoadedAt!: Date;
}
