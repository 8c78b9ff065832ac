import { contract } from '../../../shared/contract';
import { defineModule } from '../module';
import { partnersHandlers } from './partners.handlers';
import {
  partnerAgreementTable,
  partnerLinkWorkerTable,
  partnerLiaisonTable,
  partnerReferralNameTable,
  partnerTable,
} from './partner.tables';

/** Partner agencies, link workers, protocols and service agreements, liaison contacts and referral counts. */
export const partnersModule = defineModule({
  area: 'partners',
  channels: contract.partners,
  handlers: partnersHandlers,
  tables: [
    partnerTable,
    partnerReferralNameTable,
    partnerLinkWorkerTable,
    partnerAgreementTable,
    partnerLiaisonTable,
  ],
});
