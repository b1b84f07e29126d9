/** The sqlite migrations, in order. `npm run migration:create` appends new ones here. */
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261208015745_InvoiceOnHold } from './Migration20261208015745_InvoiceOnHold';
import { Migration20261208012456_Referrals } from './Migration20261208012456_Referrals';
import { Migration20261206032548_InvoiceNumberKey } from './Migration20261206032548_InvoiceNumberKey';
import { Migration20261206032653_RiskAlertPartnerMessage } from './Migration20261206032653_RiskAlertPartnerMessage';
import { Migration20261130170317_Recoveries } from './Migration20261130170317_Recoveries';
import { Migration20261130165426_CountryGradeDrops } from './Migration20261130165426_CountryGradeDrops';
import { Migration20261130161156_PolicyEventActors } from './Migration20261130161156_PolicyEventActors';
import { Migration20261130160628_CreditInsurance } from './Migration20261130160628_CreditInsurance';
import { Migration20261130155513_IdempotencyKeys } from './Migration20261130155513_IdempotencyKeys';
import { Migration20261130142258_PartnerAccess } from './Migration20261130142258_PartnerAccess';
import { Migration20261130141254_RiskAlertAcknowledgedBy } from './Migration20261130141254_RiskAlertAcknowledgedBy';
import { Migration20261130140106_InvoiceWrittenOffOn } from './Migration20261130140106_InvoiceWrittenOffOn';
import { Migration20261130133156_TermExtensions } from './Migration20261130133156_TermExtensions';
import { Migration20261130133010_CollectionsWalkIndex } from './Migration20261130133010_CollectionsWalkIndex';
import { Migration20261130132346_CustomerScorecard } from './Migration20261130132346_CustomerScorecard';
import { Migration20261130132030_LadderAnchor } from './Migration20261130132030_LadderAnchor';
import { Migration20261130132016_FxRate } from './Migration20261130132016_FxRate';
import { Migration20261130123106_InvoiceWriteOff } from './Migration20261130123106_InvoiceWriteOff';
import { Migration20261130115600_DecisionHistoryIndex } from './Migration20261130115600_DecisionHistoryIndex';
import { Migration20261130113026_PolicyAudit } from './Migration20261130113026_PolicyAudit';
import { Migration20261130102418_Initial } from './Migration20261130102418_Initial';

export const SQLITE_MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261130102418_Initial', class: Migration20261130102418_Initial },
  { name: 'Migration20261130113026_PolicyAudit', class: Migration20261130113026_PolicyAudit },
  { name: 'Migration20261130115600_DecisionHistoryIndex', class: Migration20261130115600_DecisionHistoryIndex },
  { name: 'Migration20261130123106_InvoiceWriteOff', class: Migration20261130123106_InvoiceWriteOff },
  { name: 'Migration20261130132016_FxRate', class: Migration20261130132016_FxRate },
  { name: 'Migration20261130132030_LadderAnchor', class: Migration20261130132030_LadderAnchor },
  { name: 'Migration20261130132346_CustomerScorecard', class: Migration20261130132346_CustomerScorecard },
  { name: 'Migration20261130133010_CollectionsWalkIndex', class: Migration20261130133010_CollectionsWalkIndex },
  { name: 'Migration20261130133156_TermExtensions', class: Migration20261130133156_TermExtensions },
  { name: 'Migration20261130140106_InvoiceWrittenOffOn', class: Migration20261130140106_InvoiceWrittenOffOn },
  { name: 'Migration20261130141254_RiskAlertAcknowledgedBy', class: Migration20261130141254_RiskAlertAcknowledgedBy },
  { name: 'Migration20261130142258_PartnerAccess', class: Migration20261130142258_PartnerAccess },
  { name: 'Migration20261130155513_IdempotencyKeys', class: Migration20261130155513_IdempotencyKeys },
  { name: 'Migration20261130160628_CreditInsurance', class: Migration20261130160628_CreditInsurance },
  { name: 'Migration20261130161156_PolicyEventActors', class: Migration20261130161156_PolicyEventActors },
  { name: 'Migration20261130165426_CountryGradeDrops', class: Migration20261130165426_CountryGradeDrops },
  { name: 'Migration20261130170317_Recoveries', class: Migration20261130170317_Recoveries },
  { name: 'Migration20261206032548_InvoiceNumberKey', class: Migration20261206032548_InvoiceNumberKey },
  { name: 'Migration20261206032653_RiskAlertPartnerMessage', class: Migration20261206032653_RiskAlertPartnerMessage },
  { name: 'Migration20261208012456_Referrals', class: Migration20261208012456_Referrals },
  { name: 'Migration20261208015745_InvoiceOnHold', class: Migration20261208015745_InvoiceOnHold },
];
