import type { EntityManager } from 'typeorm';
import { contract } from '../../../shared/contract';
import { ukToday } from '../../../shared/mentors/dates';
import { defineHandlers } from '../ipc/handler.types';
import { readSettings } from '../settings/settings.service';
import {
  getInsurance,
  listInsurance,
  listLiterature,
  readFile,
  saveInsurance,
  saveLiterature,
} from './governance.queries';
import { policyIndicators } from './policy.indicators';
import {
  addVersion,
  attachDocument,
  getPolicy,
  insertPolicy,
  listPolicies,
  updatePolicy,
} from './policy.queries';

/** Today and the notice window: every answer that shows due/overdue badges needs both. */
async function dated(em: EntityManager, now: Date) {
  const { thresholds } = await readSettings(em);
  return { today: ukToday(now), notice: thresholds.reviewNoticeDays };
}
const record = (recordType: string, recordId: string | null | undefined, detail?: string) => ({
  recordType,
  recordId: recordId ?? null,
  detail: detail ?? null,
});

export const policiesHandlers = defineHandlers(contract.policies, {
  list: {
    run: async ({ em, now }, input) => {
      const d = await dated(em, now);
      return listPolicies(em, input, d.today, d.notice);
    },
  },
  get: {
    run: async ({ em, now }, input) => {
      const d = await dated(em, now);
      return getPolicy(em, input.id, d.today, d.notice);
    },
  },
  create: {
    run: async ({ em, now, caller }, input) => {
      const id = await insertPolicy(em, input, caller!.accountId, now);
      const d = await dated(em, now);
      return getPolicy(em, id, d.today, d.notice);
    },
    audit: (_input, output) => record('policy', output?.id),
  },
  update: {
    run: async ({ em, now }, { id, ...fields }) => {
      await updatePolicy(em, id, fields, now);
      const d = await dated(em, now);
      return getPolicy(em, id, d.today, d.notice);
    },
    audit: (input) => record('policy', input.id, `status ${input.status}`),
  },
  addVersion: {
    run: async ({ em, now, caller }, { policyId, document, ...fields }) => {
      await addVersion(em, policyId, fields, document, caller!.accountId, now);
      const d = await dated(em, now);
      return getPolicy(em, policyId, d.today, d.notice);
    },
    audit: (input) => record('policy', input.policyId, input.document ? 'with document' : 'no document'),
  },
  attachDocument: {
    run: async ({ em, now }, input) => {
      const policyId = await attachDocument(em, input.versionId, input.document);
      const d = await dated(em, now);
      return getPolicy(em, policyId, d.today, d.notice);
    },
    audit: (input, output) => record('policy', output?.id ?? null, `version ${input.versionId}`),
  },
  readFile: {
    run: ({ em }, input) => readFile(em, input.of, input.id),
    audit: (input) => record(input.of, input.id),
  },
  indicators: { run: async ({ em, now }) => policyIndicators(em, ukToday(now)) },
  literature: { run: ({ em }, input) => listLiterature(em, input.includeArchived) },
  saveLiterature: {
    run: ({ em, now, caller }, input) => saveLiterature(em, input, caller!.accountId, now),
    audit: (input, output) =>
      record('literature', output?.id ?? input.id, input.file ? 'with file' : undefined),
  },
  insurance: {
    run: async ({ em, now }, input) => {
      const d = await dated(em, now);
      return listInsurance(em, input.includeArchived, d.today, d.notice);
    },
  },
  getInsurance: {
    run: async ({ em, now }, input) => {
      const d = await dated(em, now);
      return getInsurance(em, input.id, d.today, d.notice);
    },
  },
  saveInsurance: {
    run: async ({ em, now, caller }, input) => {
      const id = await saveInsurance(em, input, caller!.accountId, now);
      const d = await dated(em, now);
      return getInsurance(em, id, d.today, d.notice);
    },
    audit: (input, output) =>
      record('insurance', output?.id ?? input.id, input.file ? 'with file' : undefined),
  },
});
