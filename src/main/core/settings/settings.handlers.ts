import { contract } from '../../../shared/contract';
import { defineHandlers } from '../ipc/handler.types';
import { readSettings, writeSetting } from './settings.service';

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
  setThresholds: {
    async run({ em, caller, now }, input) {
      await writeSetting(em, 'thresholds', input.thresholds, caller!.accountId, now);
      return readSettings(em);
    },
    audit: () => ({ recordType: 'setting', recordId: 'thresholds' }),
  },
});
