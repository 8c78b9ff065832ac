import { contract } from '../../../shared/contract';
import { defineModule } from '../module';
import { defineHandlers } from '../ipc/handler.types';
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
  handlers: defineHandlers(contract.partners, {}),
  tables: [
    partnerTable,
    partnerReferralNameTable,
    partnerLinkWorkerTable,
    partnerAgreementTable,
    partnerLiaisonTable,
  ],
});
