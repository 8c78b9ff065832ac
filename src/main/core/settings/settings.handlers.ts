import { contract } from '../../../shared/contract';
import { defineHandlers } from '../ipc/handler.types';
import { readSettings, writeSetting } from './settings.service';

/** Outputs of a save that changed nothing: the dispatcher writes no audit row for them. */
const unchanged = new WeakSet<object>();

export const settingsHandlers = defineHandlers(contract.settings, {
  get: { run: ({ em }) => readSettings(em) },
  setIdleLock: {
    async run({ em, caller, now }, input) {
      await writeSetting(em, 'idleLockMinutes', input.idleLockMinutes, caller!.accountId, now);
      return readSettings(em);
    },
    audit: (input) => ({
      recordType: 'setting',
      recordId: 'idleLockMinutes',
      detail: `minutes=${input.idleLockMinutes}`,
    }),
  },
  setOrganisationName: {
    async run({ vault }, input) {
      // The name lives in the vault file (the sign-in screen shows it while the database is shut).
      // Written inside the transaction: if the audit row cannot be saved, the call fails.
      const output = { organisationName: input.organisationName };
      if (vault.organisationName() === input.organisationName) unchanged.add(output);
      else vault.renameOrganisation(input.organisationName);
      return output;
    },
    audit: (_input, output) => ({
      recordType: 'setting',
      recordId: 'organisationName',
      skip: output !== null && unchanged.has(output),
    }),
  },
  setThresholds: {
    async run({ em, caller, now }, input) {
      await writeSetting(em, 'thresholds', input.thresholds, caller!.accountId, now);
      return readSettings(em);
    },
    audit: () => ({ recordType: 'setting', recordId: 'thresholds' }),
  },
});
