/** The Relay connection of Referrals: every list of them in the schema uses this one type. */
import { Connection } from '../../../app/pagination';
import { Referral } from '../referral.entity';

export const ReferralConnection = Connection(Referral, 'Referral');
