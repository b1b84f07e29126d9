/** The Relay connection of Claims: every list of them in the schema uses this one type. */
import { Connection } from '../../../app/pagination';
import { Claim } from '../claim.entity';

export const ClaimConnection = Connection(Claim, 'Claim');
