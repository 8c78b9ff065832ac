import { contract } from '../../../shared/contract';
import { MENTOR_VETTERS } from '../../../shared/contract/mentors';
import { ukToday } from '../../../shared/mentors/dates';
import { defineHandlers, type Caller } from '../ipc/handler.types';
import { readSettings } from '../settings/settings.service';
import { clusterOverview } from './mentor.cluster.queries';
import { clearancesDue, dueItems } from './mentor.due.queries';
import { listMentors, pipelineBoard } from './mentor.list.queries';
import {
  leadMentorAccounts,
  recruitmentSources,
  saveRecruitmentSource,
  setLeadMentor,
} from './mentor.lists.queries';
import {
  assertNotDuplicate,
  getMentor,
  insertMentor,
  possibleDuplicates,
  updateMentor,
} from './mentor.queries';
import { readinessAll } from './mentor.readiness';
import { mentorReadiness, moveStage } from './mentor.stage.queries';

const target = (id: string | undefined | null, detail?: string) => ({
  recordType: 'mentor',
  recordId: id ?? null,
  detail: detail ?? null,
});
const one = { recordType: 'mentor', recordId: (i: { id: string }) => i.id };
// Signed-in channels always have a caller; the pipeline refuses the call before `run` otherwise.
const who = (caller: Caller | null): Caller => caller!;

export const mentorsHandlers = defineHandlers(contract.mentors, {
  list: {
    // Filtering on unmet readiness conditions reveals vetting facts: only for those who read them.
    access: (input) => (input.missingBeforeReady ? MENTOR_VETTERS : contract.mentors.list.access),
    run: async ({ em, now, caller }, input) => {
      const today = ukToday(now);
      const { thresholds } = await readSettings(em);
      const readiness = await readinessAll(em, today, thresholds);
      const onlyIds = input.missingBeforeReady
        ? [...readiness].filter(([, r]) => r.unmet.length > 0).map(([id]) => id)
        : null;
      return listMentors(
        em,
        input,
        who(caller),
        today,
        onlyIds,
        (id) => readiness.get(id)?.unmet.length ?? null,
      );
    },
    scope: { recordType: 'mentor', rows: 'items' },
  },
  board: {
    run: ({ em, now, caller }, input) => pipelineBoard(em, input, who(caller), ukToday(now)),
    scope: { recordType: 'mentor', rows: 'cards' },
  },
  get: { run: ({ em, now }, input) => getMentor(em, input.id, ukToday(now)), scope: one },
  readiness: { run: ({ em, now }, input) => mentorReadiness(em, input.id, ukToday(now)), scope: one },
  possibleDuplicates: { run: ({ em }, input) => possibleDuplicates(em, input) },
  create: {
    run: async ({ em, now, caller }, { allowDuplicate, ...fields }) => {
      if (!allowDuplicate) await assertNotDuplicate(em, fields);
      const id = await insertMentor(em, fields, now, who(caller).accountId);
      return getMentor(em, id, ukToday(now));
    },
    audit: (input, output) => target(output?.id, input.allowDuplicate ? 'duplicate confirmed' : undefined),
  },
  update: {
    run: async ({ em, now }, { id, ...fields }) => {
      await updateMentor(em, id, fields, now);
      return getMentor(em, id, ukToday(now));
    },
    audit: (input) => target(input.id),
    scope: one,
  },
  moveStage: {
    run: async ({ em, now, caller }, input) => {
      const today = ukToday(now);
      await moveStage(em, input, now, today, who(caller).accountId);
      return getMentor(em, input.id, today);
    },
    audit: (input, output) =>
      target(
        input.id,
        `to ${input.stage}${output?.history[0]?.byException ? ' by exception to the readiness gate' : ''}`,
      ),
    scope: one,
  },
  setLeadMentor: {
    run: async ({ em, now }, input) => {
      await setLeadMentor(em, input, now);
      return getMentor(em, input.id, ukToday(now));
    },
    audit: (input) => target(input.id, input.isLeadMentor ? 'lead mentor' : 'not lead mentor'),
    scope: one,
  },
  leadMentorAccounts: { run: ({ em }) => leadMentorAccounts(em) },
  recruitmentSources: { run: ({ em }, input) => recruitmentSources(em, input.includeArchived) },
  saveRecruitmentSource: {
    run: ({ em }, input) => saveRecruitmentSource(em, input),
    audit: (input, output) => ({
      recordType: 'recruitment_source',
      recordId: output?.id ?? input.id ?? null,
    }),
  },
  dueItems: {
    run: async ({ em, now }) => {
      const { thresholds } = await readSettings(em);
      return { items: await dueItems(em, ukToday(now), thresholds) };
    },
    scope: { recordType: 'mentor', rows: 'items' },
  },
  clearancesDue: {
    run: async ({ em, now, caller }) => ({ items: await clearancesDue(em, ukToday(now), who(caller)) }),
    scope: { recordType: 'mentor', rows: 'items' },
  },
  clusterOverview: {
    run: async ({ em, now, caller }, input) => {
      const { thresholds } = await readSettings(em);
      return clusterOverview(em, input, who(caller), ukToday(now), thresholds.initialTrainingHours);
    },
    scope: { recordType: 'mentor', rows: 'items' },
  },
});
