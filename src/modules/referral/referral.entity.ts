import { OptionalProps, Collection, Entity, Enum, Index, ManyToOne, OneToMany, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Role } from '../../app/actor';
import type { DecisionRecord } from '../../app/outbox/decision-record.entity';
import type { ApprovalLevel } from '../../policy/event-types';
import type { FiredRule } from '../../policy/decision';
import { MoneyColumn, TimestampColumn } from '../../shared/columns';
import type { Customer } from '../customer';
import type { Invoice } from '../invoice';

/** Where a referral stands. Only OPEN is waiting for someone; every other state is final. */
export enum ReferralState {
  OPEN = 'OPEN',
  /** Approved by enough people (resolution.applied says whether the held request was carried out). */
  APPROVED = 'APPROVED',
  /** Approved with less than was asked (approveReferral's modify: a lower amount, fewer days). */
  MODIFIED = 'MODIFIED',
  DECLINED = 'DECLINED',
  /** Nobody decided it by its due time: the collections cycle expired it (rules/credit-authority.json, reviewReferral) and let the held request go as declined. */
  EXPIRED = 'EXPIRED',
  /** The requester took the request back. */
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(ReferralState, { name: 'ReferralState', description: 'OPEN waits for a decision; APPROVED, MODIFIED, DECLINED, EXPIRED and WITHDRAWN are final.' });

/** What a referred request is about. */
export enum ReferralSubjectType {
  CUSTOMER = 'CUSTOMER',
  INVOICE = 'INVOICE',
  INSURANCE_POLICY = 'INSURANCE_POLICY',
  FX_RATE = 'FX_RATE',
}
registerEnumType(ReferralSubjectType, { name: 'ReferralSubjectType' });

/** Column length of actor ids and labels (as on DecisionRecord). */
const LABEL_LENGTH = 100;

/**
 * A request the policy referred to a person (a `refer` rule fired, or a policy gap), held until
 * someone with the credit authority rules/credit-authority.json requires decides it. The referred
 * decision's record stays the audit trail of the refusal; this is what happens next.
 */
@ObjectType({ description: 'A request the credit policy referred to a person, held until someone with the credit authority it needs decides it. Staff only.' })
@Entity()
@Index({ properties: ['state', 'dueAt', 'id'] })
@Index({ properties: ['customer', 'dueAt', 'id'] })
@Index({ properties: ['dueAt', 'id'] })
export class Referral {
  [OptionalProps]?: 'state' | 'invoice' | 'customer' | 'subjectId' | 'amountMinor' | 'currency' | 'policyGap' | 'resolvedBy' | 'resolvedAt' | 'resolutionNote' | 'appliedAt' | 'applyResult' | 'dueAlertedAt' | 'version' | 'createdAt' | 'updatedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({ description: 'The referred mutation, e.g. issueInvoice, requestCreditLimit, writeOffInvoice.' })
  @Property({ length: 64 })
  mutation!: string;

  @Enum({ items: () => ReferralSubjectType })
  subjectType!: ReferralSubjectType;

  /** The subject's id when it exists (a held invoice does not exist yet: its customer is the subject then). */
  @Property({ type: 'string', length: LABEL_LENGTH, nullable: true })
  subjectId: string | null = null;

  /** "Invoice INV-1" style label, as the referred decision's record names it. */
  @Property({ length: LABEL_LENGTH })
  subjectLabel!: string;

  @ManyToOne({ entity: 'Customer', nullable: true })
  customer: Rel<Customer> | null = null;

  @ManyToOne({ entity: 'Invoice', nullable: true, index: true })
  invoice: Rel<Invoice> | null = null;

  @Field({ description: "Who asked for the referred request (a token subject or api-key:<key id>): never one of its approvers." })
  @Property({ length: LABEL_LENGTH })
  requestedBy!: string;

  /** The refer rules that fired, with their params (the reason in words). */
  @Property({ type: 'json' })
  reasons!: FiredRule[];

  /** The facts the referred decision saw. */
  @Property({ type: 'json' })
  facts!: Record<string, unknown>;

  /** The referred decision (outcome REFERRED). */
  @ManyToOne({ entity: 'DecisionRecord' })
  decision!: Rel<DecisionRecord>;

  /** The authorizeReferral decisions (one per refer rule) that set the authority and the due time, for replay. */
  @Property({ type: 'json' })
  authorityDecisionIds!: string[];

  @Property({ length: 32 })
  requiredLevel!: ApprovalLevel;

  @Property({ type: 'smallint' })
  requiredApprovals!: number;

  @Property({ type: 'smallint' })
  dueInBusinessDays!: number;

  /** Set when rules/credit-authority.json left a gap for this referral (it then went to the highest level). */
  @Property({ type: 'text', nullable: true })
  policyGap: string | null = null;

  @Field(() => ReferralState)
  @Enum({ items: () => ReferralState, default: ReferralState.OPEN })
  state: ReferralState = ReferralState.OPEN;

  @Field({ description: 'When a decision is due: the required business days (Monday to Friday) after the referred request, at the time of day it was referred.' })
  @TimestampColumn()
  dueAt!: Date;

  /** When the collections cycle raised REFERRAL_DUE for it: set once, only from null (the warning is given once). */
  @TimestampColumn({ nullable: true })
  dueAlertedAt: Date | null = null;

  /** The request's amount in the customer's currency (null for a request without one, e.g. an exchange rate). */
  @MoneyColumn({ nullable: true })
  amountMinor: number | null = null;

  @Property({ type: 'string', length: 3, nullable: true })
  currency: string | null = null;

  /** The amount in the base currency, as rules/credit-authority.json compared it. */
  @MoneyColumn()
  amountBaseMinor!: number;

  /** The held request, as the referred mutation received it: what an applier carries out on approval. */
  @Property({ type: 'json' })
  heldRequest!: Record<string, unknown>;

  @OneToMany(() => ReferralApproval, (approval) => approval.referral)
  approvals = new Collection<ReferralApproval>(this);

  /** Who made it final (the last approver, the decliner, the requester withdrawing). */
  @Property({ type: 'string', length: LABEL_LENGTH, nullable: true })
  resolvedBy: string | null = null;

  @TimestampColumn({ nullable: true })
  resolvedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  resolutionNote: string | null = null;

  /** When the held request was carried out; null while nothing has applied it (see referral-appliers.ts). */
  @TimestampColumn({ nullable: true })
  appliedAt: Date | null = null;

  /** What the applier reported (ids of what it created or changed). */
  @Property({ type: 'json', nullable: true })
  applyResult: Record<string, unknown> | null = null;

  @Property({ version: true })
  version: number = 1;

  @Field({ description: 'When it was referred.' })
  @TimestampColumn()
  createdAt!: Date;

  @Field()
  @TimestampColumn()
  updatedAt!: Date;
}

/** One person's approval of a referral: four eyes are one approval per person, never the requester's. */
@ObjectType({ description: "One person's approval of a referral." })
@Entity()
@Unique({ properties: ['referral', 'approverId'] })
export class ReferralApproval {
  [OptionalProps]?: 'note' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Referral)
  referral!: Rel<Referral>;

  @Field({ description: 'Who approved: a token subject or api-key:<key id>.' })
  @Property({ length: LABEL_LENGTH })
  approverId!: string;

  @Field(() => Role, { description: 'The role they approved with (its credit authority covered the required level).' })
  @Enum({ items: () => Role })
  role!: Role;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Field({ description: 'When they approved (the injected clock).' })
  @TimestampColumn()
  createdAt!: Date;
}
