import { contract } from '../../../shared/contract';
import { defineHandlers } from '../ipc/handler.types';
import { readSettings } from '../settings/settings.service';
import { listClearances, saveClearance } from './clearance.queries';
import { equalityProfile, getEquality, saveEquality } from './equality.queries';
import {
  listInterviewQuestions,
  listPersonSpec,
  saveInterviewQuestion,
  savePersonSpecCriterion,
} from './programme-lists.queries';
import {
  assertMentor,
  isoDay,
  listDbsChecks,
  listDecisions,
  listInterviews,
  listReferences,
  saveDbsCheck,
  saveDecision,
  saveInterview,
  saveReference,
} from './vetting.queries';

/**
 * Every channel about one mentor names the mentor for the scope hook: lead mentors reach only
 * their cluster's mentors, and the pipeline refuses or narrows everyone else. Handlers never look
 * at roles; redaction by data class does the rest.
 */
const oneMentor = { recordType: 'mentor', recordId: (i: { mentorId: string }) => i.mentorId };
const aboutMentor = (detail: string) => (input: { mentorId: string }) => ({
  recordType: 'mentor',
  recordId: input.mentorId,
  detail,
});

export const screeningHandlers = defineHandlers(contract.screening, {
  forMentor: {
    scope: oneMentor,
    async run({ em, now }, { mentorId }) {
      await assertMentor(em, mentorId);
      const { thresholds } = await readSettings(em);
      return {
        references: await listReferences(em, mentorId),
        dbsChecks: await listDbsChecks(em, mentorId, thresholds, isoDay(now)),
        interviews: await listInterviews(em, mentorId),
        decisions: await listDecisions(em, mentorId),
        personSpec: await listPersonSpec(em, false),
        interviewQuestions: await listInterviewQuestions(em, false),
      };
    },
    audit: aboutMentor('screening'),
  },
  saveReference: {
    scope: oneMentor,
    run: ({ em, now }, input) => saveReference(em, input, now),
    audit: aboutMentor('reference'),
  },
  saveDbsCheck: {
    scope: oneMentor,
    async run({ em, now }, input) {
      const { thresholds } = await readSettings(em);
      return saveDbsCheck(em, input, thresholds, now);
    },
    audit: aboutMentor('dbs_check'),
  },
  saveInterview: {
    scope: oneMentor,
    run: ({ em, now }, input) => saveInterview(em, input, now),
    audit: aboutMentor('interview'),
  },
  saveDecision: {
    scope: oneMentor,
    run: ({ em, now }, input) => saveDecision(em, input, now),
    audit: (input) => ({ recordType: 'mentor', recordId: input.mentorId, detail: input.outcome }),
  },
  clearances: {
    scope: oneMentor,
    async run({ em }, { mentorId }) {
      await assertMentor(em, mentorId);
      return { items: await listClearances(em, mentorId) };
    },
  },
  saveClearance: {
    scope: oneMentor,
    run: ({ em, now, caller }, input) => saveClearance(em, input, caller?.accountId ?? null, now),
    audit: (input) => ({
      recordType: 'mentor',
      recordId: input.mentorId,
      detail: `clearance ${input.status}`,
    }),
  },
  equality: {
    scope: oneMentor,
    run: ({ em }, { mentorId }) => getEquality(em, mentorId),
    audit: aboutMentor('equality'),
  },
  saveEquality: {
    scope: oneMentor,
    run: ({ em, now }, input) => saveEquality(em, input, now),
    audit: aboutMentor('equality'),
  },
  equalityProfile: { run: ({ em }, { population }) => equalityProfile(em, population) },
  personSpec: { run: ({ em }, { includeArchived }) => listPersonSpec(em, includeArchived) },
  savePersonSpecCriterion: {
    run: ({ em }, input) => savePersonSpecCriterion(em, input),
    audit: (input) => ({ recordType: 'person_spec_criterion', recordId: input.id ?? null }),
  },
  interviewQuestions: { run: ({ em }, { includeArchived }) => listInterviewQuestions(em, includeArchived) },
  saveInterviewQuestion: {
    run: ({ em }, input) => saveInterviewQuestion(em, input),
    audit: (input) => ({ recordType: 'interview_question', recordId: input.id ?? null }),
  },
});
