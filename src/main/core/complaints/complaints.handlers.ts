import { contract } from '../../../shared/contract';
import { ukToday } from '../../../shared/mentors/dates';
import { defineHandlers, type Caller } from '../ipc/handler.types';
import { readSettings } from '../settings/settings.service';
import {
  assertDates,
  complaintIndicator,
  getComplaint,
  insertComplaint,
  listComplaints,
  updateComplaint,
} from './complaint.queries';

// Role-limited channels always have a caller; the pipeline refuses the call before `run` otherwise.
const who = (caller: Caller | null): Caller => caller!;
const target = (id: string | null | undefined, detail: string | null = null) => ({
  recordType: 'complaint',
  recordId: id ?? null,
  detail,
});
const timescales = async (em: Parameters<typeof readSettings>[0]) => (await readSettings(em)).thresholds;

/** Complaints are co-ordinators' business (the channels' access); no caseload applies. */
export const complaintsHandlers = defineHandlers(contract.complaints, {
  list: { run: async ({ em }, input) => listComplaints(em, input, await timescales(em)) },
  get: {
    run: async ({ em }, input) => getComplaint(em, input.id, await timescales(em)),
    audit: (input) => target(input.id),
  },
  record: {
    run: async ({ em, caller, now }, input) => {
      assertDates(input, null, ukToday(now));
      const id = await insertComplaint(em, input, who(caller).accountId, now);
      return getComplaint(em, id, await timescales(em));
    },
    audit: (input, output) => target(output?.id, input.complainantKind),
  },
  update: {
    run: async ({ em, now }, input) => {
      const {
        id,
        acknowledgedOn,
        investigatedBy,
        investigationNotes,
        outcome,
        respondedOn,
        lessonsLearned,
        ...fields
      } = input;
      const progress = {
        acknowledgedOn,
        investigatedBy,
        investigationNotes,
        outcome,
        respondedOn,
        lessonsLearned,
      };
      assertDates(fields, progress, ukToday(now));
      await updateComplaint(em, id, fields, progress, now);
      return getComplaint(em, id, await timescales(em));
    },
    audit: (input, output) => target(input.id, output?.status ?? null),
  },
  indicator: {
    run: async ({ em }, input) => complaintIndicator(em, input.from, input.to, await timescales(em)),
  },
});
