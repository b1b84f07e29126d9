/** The postgresql migrations, in order. `npm run migration:create` appends new ones here. */
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261208015745_InvoiceOnHold } from './Migration20261208015745_InvoiceOnHold';
import { Migration20261208012457_Referrals } from './Migration20261208012457_Referrals';
import { Migration20261206032550_InvoiceNumberKey } from './Migration20261206032550_InvoiceNumberKey';
import { Migration20261206032656_RiskAlertPartnerMessage } from './Migration20261206032656_RiskAlertPartnerMessage';
import { Migration20261130170318_Recoveries } from './Migration20261130170318_Recoveries';
import { Migration20261130165427_CountryGradeDrops } from './Migration20261130165427_CountryGradeDrops';
import { Migration20261130161158_PolicyEventActors } from './Migration20261130161158_PolicyEventActors';
import { Migration20261130160630_CreditInsurance } from './Migration20261130160630_CreditInsurance';
import { Migration20261130155514_IdempotencyKeys } from './Migration20261130155514_IdempotencyKeys';
import { Migration20261130142258_PartnerAccess } from './Migration20261130142258_PartnerAccess';
import { Migration20261130141255_RiskAlertAcknowledgedBy } from './Migration20261130141255_RiskAlertAcknowledgedBy';
import { Migration20261130140106_InvoiceWrittenOffOn } from './Migration20261130140106_InvoiceWrittenOffOn';
import { Migration20261130133157_TermExtensions } from './Migration20261130133157_TermExtensions';
import { Migration20261130133010_CollectionsWalkIndex } from './Migration20261130133010_CollectionsWalkIndex';
import { Migration20261130132347_CustomerScorecard } from './Migration20261130132347_CustomerScorecard';
import { Migration20261130132031_LadderAnchor } from './Migration20261130132031_LadderAnchor';
import { Migration20261130132017_FxRate } from './Migration20261130132017_FxRate';
import { Migration20261130123106_InvoiceWriteOff } from './Migration20261130123106_InvoiceWriteOff';
import { Migration20261130115601_DecisionHistoryIndex } from './Migration20261130115601_DecisionHistoryIndex';
import { Migration20261130113027_PolicyAudit } from './Migration20261130113027_PolicyAudit';
import { Migration20261130102419_Initial } from './Migration20261130102419_Initial';

export const POSTGRESQL_MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261130102419_Initial', class: Migration20261130102419_Initial },
  { name: 'Migration20261130113027_PolicyAudit', class: Migration20261130113027_PolicyAudit },
  { name: 'Migration20261130115601_DecisionHistoryIndex', class: Migration20261130115601_DecisionHistoryIndex },
  { name: 'Migration20261130123106_InvoiceWriteOff', class: Migration20261130123106_InvoiceWriteOff },
  { name: 'Migration20261130132017_FxRate', class: Migration20261130132017_FxRate },
  { name: 'Migration20261130132031_LadderAnchor', class: Migration20261130132031_LadderAnchor },
  { name: 'Migration20261130132347_CustomerScorecard', class: Migration20261130132347_CustomerScorecard },
  { name: 'Migration20261130133010_CollectionsWalkIndex', class: Migration20261130133010_CollectionsWalkIndex },
  { name: 'Migration20261130133157_TermExtensions', class: Migration20261130133157_TermExtensions },
  { name: 'Migration20261130140106_InvoiceWrittenOffOn', class: Migration20261130140106_InvoiceWrittenOffOn },
  { name: 'Migration20261130141255_RiskAlertAcknowledgedBy', class: Migration20261130141255_RiskAlertAcknowledgedBy },
  { name: 'Migration20261130142258_PartnerAccess', class: Migration20261130142258_PartnerAccess },
  { name: 'Migration20261130155514_IdempotencyKeys', class: Migration20261130155514_IdempotencyKeys },
  { name: 'Migration20261130160630_CreditInsurance', class: Migration20261130160630_CreditInsurance },
  { name: 'Migration20261130161158_PolicyEventActors', class: Migration20261130161158_PolicyEventActors },
  { name: 'Migration20261130165427_CountryGradeDrops', class: Migration20261130165427_CountryGradeDrops },
  { name: 'Migration20261130170318_Recoveries', class: Migration20261130170318_Recoveries },
  { name: 'Migration20261206032550_InvoiceNumberKey', class: Migration20261206032550_InvoiceNumberKey },
  { name: 'Migration20261206032656_RiskAlertPartnerMessage', class: Migration20261206032656_RiskAlertPartnerMessage },
  { name: 'Migration20261208012457_Referrals', class: Migration20261208012457_Referrals },
  { name: 'Migration20261208015745_InvoiceOnHold', class: Migration20261208015745_InvoiceOnHold },
];
