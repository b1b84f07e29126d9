import { BeforeCreate, OptionalProps, Entity, Enum, Index, ManyToOne, OneToMany, Collection, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Authorized, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { READERS } from '../../app/roles';
import { DateColumn, MoneyColumn, TimestampColumn } from '../../shared/columns';
import { fromMinorUnits } from '../../shared/money';
import { DecimalScalar, LocalDateScalar } from '../../app/scalars';
import type { Customer } from '../customer';
import type { InsuranceCover } from '../insurance';
import type { Payment } from '../payment';
import type { DecisionRecord } from '../../app/outbox/decision-record.entity';

export enum InvoiceStatus {
  OPEN = 'OPEN',
  PARTLY_PAID = 'PARTLY_PAID',
  PAID = 'PAID',
  OVERDUE = 'OVERDUE',
  DISPUTED = 'DISPUTED',
  WRITTEN_OFF = 'WRITTEN_OFF',
  /** Referred by the credit policy: held for a person's decision (its referral); not yet a receivable. */
  ON_HOLD = 'ON_HOLD',
  /** A held invoice whose referral was declined, withdrawn or expired: never issued. */
  CANCELLED = 'CANCELLED',
}
registerEnumType(InvoiceStatus, {
  name: 'InvoiceStatus',
  valuesConfig: {
    ON_HOLD: { description: 'Referred by the credit policy and held for a person with the credit authority (Invoice.referral): counted as held exposure, not outstanding, not dunned.' },
    CANCELLED: { description: 'Held, then declined, withdrawn or expired: never issued.' },
  },
});

/** Statuses whose outstanding amount still counts against the customer's credit limit. */
export const OPEN_INVOICE_STATUSES = [InvoiceStatus.OPEN, InvoiceStatus.PARTLY_PAID, InvoiceStatus.OVERDUE, InvoiceStatus.DISPUTED];

/** A held request, and one never issued: shown to staff only, never to partners (partner-scope.ts seesHeldRequests). */
export const HELD_INVOICE_STATUSES = [InvoiceStatus.ON_HOLD, InvoiceStatus.CANCELLED];

/** Steps of the collections ladder; the days at which each is reached live in rules/collections.json. */
export enum CollectionStage {
  NONE = 'NONE',
  REMINDER = 'REMINDER',
  PHONE_FOLLOW_UP = 'PHONE_FOLLOW_UP',
  FORMAL_DEMAND = 'FORMAL_DEMAND',
  LEGAL = 'LEGAL',
}
registerEnumType(CollectionStage, { name: 'CollectionStage' });

/** Invoice numbers are one number whatever their letter case (they are ASCII: letters, digits, . / _ -). */
export function invoiceNumberKey(number: string): string {
  return number.toLowerCase();
}

@ObjectType({ description: 'A receivable: goods delivered on credit, to be paid by the due date.' })
@Entity()
@Index({ properties: ['customer', 'issueDate'] })
@Index({ properties: ['status', 'dueDate'] })
// The collections cycle walks open invoices status by status in id order.
@Index({ properties: ['status', 'id'] })
export class Invoice {
  [OptionalProps]?: 'numberKey' | 'amount' | 'outstanding' | 'writtenOff' | 'writtenOffMinor' | 'writtenOffOn' | 'writeOffReason' | 'originalDueDate' | 'status' | 'collectionStage' | 'ladderAnchorDate' | 'decision' | 'version' | 'createdAt' | 'updatedAt' | 'insuredMinor' | 'insuranceCover' | 'uninsuredReason' | 'declaredOverdueOn' | 'declarationAlertedOn' | 'claimFilingAlertedOn' | 'indemnifiedMinor' | 'recoveredMinor' | 'recoveredForInsurerMinor' | 'recovered';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({ description: 'Invoice number; unique, whatever its letter case (INV-7 and inv-7 are one number).' })
  @Property({ length: 64 })
  number!: string;

  /**
   * The number as uniqueness compares it (invoiceNumberKey), set before every insert: the unique index
   * is on this column. The default is there only because SQLite adds a NOT NULL column to a table
   * with rows only with one (the migration keys every existing row at once).
   */
  @Property({ length: 64, unique: true, default: '' })
  numberKey!: string;

  @ManyToOne({ entity: 'Customer' })
  customer!: Rel<Customer>;

  @Field()
  @Property({ length: 3 })
  currency!: string;

  @MoneyColumn()
  amountMinor!: number;

  /** Amount still unpaid; kept in step with the payments recorded against the invoice. */
  @MoneyColumn()
  outstandingMinor!: number;

  @Field(() => DecimalScalar)
  get amount(): string {
    return fromMinorUnits(this.amountMinor, this.currency);
  }

  @Field(() => DecimalScalar)
  get outstanding(): string {
    return fromMinorUnits(this.outstandingMinor, this.currency);
  }

  /** Left unpaid and written off as bad debt (writeOffInvoice); it no longer counts as outstanding. */
  @MoneyColumn({ default: 0 })
  writtenOffMinor = 0;

  @Field(() => DecimalScalar, { description: 'Written off as bad debt; 0 unless the status is WRITTEN_OFF.' })
  get writtenOff(): string {
    return fromMinorUnits(this.writtenOffMinor, this.currency);
  }

  @Field(() => LocalDateScalar, { nullable: true, description: 'Business date of the write-off (the bad-debt figure of its period).' })
  @DateColumn({ nullable: true })
  writtenOffOn: string | null = null;

  @Authorized(...READERS) // staff only: partners do not see it
  @Field(() => String, { nullable: true, description: 'Why it was written off, as the risk officer said.' })
  @Property({ type: 'text', nullable: true })
  writeOffReason: string | null = null;

  @Field(() => LocalDateScalar)
  @DateColumn()
  issueDate!: string;

  @Field(() => Int, { description: 'Payment term granted by the policy (0 = prepayment).' })
  @Property({ type: 'smallint' })
  termDays!: number;

  @Field(() => LocalDateScalar)
  @DateColumn()
  dueDate!: string;

  /**
   * The due date before any term extension; null until the first one moves dueDate (requestTermExtension).
   * GraphQL shows it as Invoice.originalDueDate, never null.
   */
  @DateColumn({ nullable: true })
  originalDueDate: string | null = null;

  @Field(() => InvoiceStatus)
  @Enum({ items: () => InvoiceStatus })
  status: InvoiceStatus = InvoiceStatus.OPEN;

  @Field(() => CollectionStage)
  @Enum({ items: () => CollectionStage })
  collectionStage: CollectionStage = CollectionStage.NONE;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'The collections ladder counts overdue days from this date: a partial payment after the due date re-anchors it (rules/collections.json). Null: from the due date.',
  })
  @DateColumn({ nullable: true })
  ladderAnchorDate: string | null = null;

  /**
   * Credit insurance, fixed at issue: the part of the amount insured under the customer's cover (0 without
   * cover, beyond the insured limit or beyond the maximum credit term). The insured outstanding is
   * min(outstanding, insured): payments reduce the uninsured part first.
   */
  @MoneyColumn({ default: 0 })
  insuredMinor = 0;

  /** The cover the invoice was issued under (null: no cover in force on the issue date). */
  @ManyToOne({ entity: 'InsuranceCover', nullable: true })
  insuranceCover: Rel<InsuranceCover> | null = null;

  /** Why (part of) the invoice is not insured, in words; null when fully insured. */
  @Property({ type: 'text', nullable: true })
  uninsuredReason: string | null = null;

  /** Business date the overdue was declared to the insurer (declareOverdue). */
  @DateColumn({ nullable: true })
  declaredOverdueOn: string | null = null;

  /** The collections cycle warned of the declaration deadline on this date (once). */
  @DateColumn({ nullable: true })
  declarationAlertedOn: string | null = null;

  /** The collections cycle warned of the claim filing deadline on this date (once). */
  @DateColumn({ nullable: true })
  claimFilingAlertedOn: string | null = null;

  /** Paid by the credit insurer when a claim on this invoice was settled. */
  @MoneyColumn({ default: 0 })
  indemnifiedMinor = 0;

  /**
   * Received after the write-off (recoveries; recordPayment on a WRITTEN_OFF invoice). The outstanding
   * stays 0 and writtenOff keeps what was written off; the seller's share of a recovery reduces its
   * bad debt in the portfolio, the insurer's share (recoveredForInsurerMinor) is owed to the insurer.
   */
  @MoneyColumn({ default: 0 })
  recoveredMinor = 0;

  @Field(() => DecimalScalar, { description: 'Recovered after the write-off (payments on the WRITTEN_OFF invoice), the insurer\'s share included.' })
  get recovered(): string {
    return fromMinorUnits(this.recoveredMinor, this.currency);
  }

  /** Of recoveredMinor, the insurer's share (after a claim payout on the invoice). */
  @MoneyColumn({ default: 0 })
  recoveredForInsurerMinor = 0;

  @OneToMany({ entity: 'Payment', mappedBy: 'invoice' })
  payments = new Collection<Payment>(this);

  /** The policy decision that issued this invoice. */
  @ManyToOne({ entity: 'DecisionRecord', nullable: true })
  decision: Rel<DecisionRecord> | null = null;

  @Field(() => Int)
  @Property({ version: true })
  version!: number;

  @Field()
  @TimestampColumn()
  createdAt!: Date;

  @Field()
  @TimestampColumn()
  updatedAt!: Date;

  @BeforeCreate()
  keyTheNumber(): void {
    this.numberKey = invoiceNumberKey(this.number);
  }
}
