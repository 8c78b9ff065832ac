import { contract } from '../../../shared/contract';
import { ukToday } from '../../../shared/mentors/dates';
import { defineHandlers, type Caller } from '../ipc/handler.types';
import {
  agreementDocument,
  attachDocument,
  getPartner,
  listPartners,
  recordLiaison,
  removeLinkWorker,
  saveAgreement,
  saveLinkWorker,
  savePartner,
} from './partner.queries';

/**
 * Partner agencies are governance records with no caseload: the channels' access lists decide who
 * reads (co-ordinators, caseworkers, safeguarding leads) and who writes (co-ordinators; caseworkers
 * record liaison too). Every write answers with the partner's page as it now is.
 */
const who = (caller: Caller | null): Caller => caller!;
const target = (id: string | null | undefined, detail: string) => ({
  recordType: 'partner',
  recordId: id ?? null,
  detail,
});

export const partnersHandlers = defineHandlers(contract.partners, {
  list: { run: ({ em, now }, input) => listPartners(em, input, ukToday(now)) },
  get: { run: ({ em, now }, { id }) => getPartner(em, id, ukToday(now)) },
  save: {
    run: async ({ em, now }, { id, ...fields }) =>
      getPartner(em, await savePartner(em, id, fields, now), ukToday(now)),
    audit: (input, output) => target(output?.id ?? input.id, input.id ? 'changed' : 'added'),
  },
  saveLinkWorker: {
    run: async ({ em, now }, { partnerId, id, ...fields }) => {
      await saveLinkWorker(em, partnerId, id, fields, now);
      return getPartner(em, partnerId, ukToday(now));
    },
    audit: (input) => target(input.partnerId, input.id ? 'link worker changed' : 'link worker added'),
  },
  removeLinkWorker: {
    run: async ({ em, now }, { id }) => getPartner(em, await removeLinkWorker(em, id), ukToday(now)),
    audit: (_input, output) => target(output?.id, 'link worker removed'),
  },
  saveAgreement: {
    run: async ({ em, now }, { partnerId, id, ...fields }) => {
      await saveAgreement(em, partnerId, id, fields, now);
      return getPartner(em, partnerId, ukToday(now));
    },
    audit: (input) => target(input.partnerId, `${input.kind} ${input.id ? 'changed' : 'added'}`),
  },
  attachAgreementDocument: {
    run: async ({ em, now }, { id, file }) =>
      getPartner(em, await attachDocument(em, id, file, now), ukToday(now)),
    audit: (_input, output) => target(output?.id, 'agreement document attached'),
  },
  agreementDocument: { run: ({ em }, { id }) => agreementDocument(em, id) },
  recordLiaison: {
    run: async ({ em, caller, now }, { partnerId, ...fields }) => {
      const today = ukToday(now);
      await recordLiaison(em, partnerId, fields, who(caller).accountId, now, today);
      return getPartner(em, partnerId, today);
    },
    audit: (input) => target(input.partnerId, `liaison by ${input.method}`),
  },
});
