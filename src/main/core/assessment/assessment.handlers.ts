import { contract } from '../../../shared/contract';
import { defineHandlers } from '../ipc/handler.types';
import { readSettings } from '../settings/settings.service';
import {
  assertMentee,
  getInduction,
  getPreferences,
  carersOf,
  listMeetings,
  listNeeds,
  reviewPreferences,
  saveCarer,
  saveMeeting,
  saveNeed,
  savePreferences,
  setAccessibleFormat,
  setInductionItem,
} from './assessment.queries';
import { listRiskAssessments, saveRiskDraft, signOffRisk } from './risk.queries';

/**
 * Every channel is about one mentee, named for the scope hook. Case detail needs the full view:
 * a caseworker reaches only their own caseload (others' mentees are refused, not blanked), lead
 * mentors none. Handlers never look at roles.
 */
const oneMentee = {
  recordType: 'mentee',
  recordId: (i: { menteeId: string }) => i.menteeId,
  needsFullView: true,
};
const aboutMentee = (detail: string) => (input: { menteeId: string }) => ({
  recordType: 'mentee',
  recordId: input.menteeId,
  detail,
});

export const assessmentHandlers = defineHandlers(contract.assessment, {
  carers: {
    scope: oneMentee,
    run: ({ em, now }, { menteeId }) => carersOf(em, menteeId, now),
    audit: aboutMentee('carers'),
  },
  saveCarer: {
    scope: oneMentee,
    run: ({ em, now }, input) => saveCarer(em, input, now),
    audit: aboutMentee('carer'),
  },
  meetings: {
    scope: oneMentee,
    async run({ em }, { menteeId }) {
      await assertMentee(em, menteeId);
      return { items: await listMeetings(em, menteeId) };
    },
    audit: aboutMentee('meetings'),
  },
  saveMeeting: {
    scope: oneMentee,
    run: ({ em, now }, input) => saveMeeting(em, input, now),
    audit: (input) => ({ recordType: 'mentee', recordId: input.menteeId, detail: input.outcome }),
  },
  riskAssessments: {
    scope: oneMentee,
    async run({ em }, { menteeId }) {
      return { items: await listRiskAssessments(em, menteeId) };
    },
    audit: aboutMentee('risk'),
  },
  saveRiskDraft: {
    scope: oneMentee,
    async run({ em, now }, input) {
      const { thresholds } = await readSettings(em);
      return saveRiskDraft(em, input, thresholds.reviewMonths, now);
    },
    audit: (input) => ({ recordType: 'mentee', recordId: input.menteeId, detail: input.overallLevel }),
  },
  signOffRisk: {
    scope: oneMentee,
    run: ({ em, now, caller }, input) => signOffRisk(em, input, caller?.displayName ?? '', now),
    audit: aboutMentee('signed_off'),
  },
  induction: {
    scope: oneMentee,
    run: ({ em }, { menteeId }) => getInduction(em, menteeId),
    audit: aboutMentee('induction'),
  },
  setInductionItem: {
    scope: oneMentee,
    run: ({ em, caller }, input) => setInductionItem(em, input, caller?.accountId ?? ''),
    audit: (input) => ({ recordType: 'mentee', recordId: input.menteeId, detail: input.item }),
  },
  setAccessibleFormat: {
    scope: oneMentee,
    run: ({ em, now }, input) => setAccessibleFormat(em, input, now),
    audit: aboutMentee('accessible_format'),
  },
  preferences: {
    scope: oneMentee,
    run: ({ em }, { menteeId }) => getPreferences(em, menteeId),
    audit: aboutMentee('preferences'),
  },
  savePreferences: {
    scope: oneMentee,
    run: ({ em, now }, input) => savePreferences(em, input, now),
    audit: aboutMentee('preferences'),
  },
  reviewPreferences: {
    scope: oneMentee,
    run: ({ em, now }, input) => reviewPreferences(em, input, now),
    audit: aboutMentee('preferences_reviewed'),
  },
  needs: {
    scope: oneMentee,
    async run({ em }, { menteeId }) {
      return { items: await listNeeds(em, menteeId) };
    },
    audit: aboutMentee('needs'),
  },
  saveNeed: {
    scope: oneMentee,
    async run({ em, now }, input) {
      return { items: await saveNeed(em, input, now) };
    },
    audit: (input) => ({ recordType: 'mentee', recordId: input.menteeId, detail: input.pathway }),
  },
});
