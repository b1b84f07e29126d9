/** Every entity, listed once for both drivers. */
import { Claim, ClaimLine } from '../modules/claim/claim.entity';
import { InsuranceCover, InsurancePolicy } from '../modules/insurance/insurance-policy.entity';
import { CountryGradeDrop } from '../modules/insurance/country-grade-drop.entity';
import { Customer } from '../modules/customer/customer.entity';
import { DecisionRecord } from '../app/outbox/decision-record.entity';
import { Exposure, LimitDecision } from '../modules/exposure/exposure.entity';
import { Invoice } from '../modules/invoice/invoice.entity';
import { Payment } from '../modules/payment/payment.entity';
import { RiskAlert } from '../app/outbox/risk-alert.entity';
import { PolicyEvent } from '../modules/policy-governance/policy-event.entity';
import { PolicyVersionRecord } from '../modules/policy-governance/policy-version.entity';
import { FxRate } from '../modules/fx/fx-rate.entity';
import { TermExtension } from '../modules/term-extension/term-extension.entity';
import { GradeChange } from '../modules/customer/grade-change.entity';
import { PartnerAccess } from '../modules/partner/partner-access.entity';
import { IdempotencyKey } from '../app/idempotency/idempotency-key.entity';
import { Referral, ReferralApproval } from '../modules/referral/referral.entity';

export const ENTITIES = [Customer, Exposure, LimitDecision, Invoice, Payment, Claim, RiskAlert, DecisionRecord, PolicyVersionRecord, PolicyEvent, FxRate, TermExtension, GradeChange, PartnerAccess, IdempotencyKey, InsurancePolicy, InsuranceCover, ClaimLine, CountryGradeDrop, Referral, ReferralApproval];
