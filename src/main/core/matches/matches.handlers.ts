import type { EntityManager } from 'typeorm';
import { contract } from '../../../shared/contract';
import { ukToday } from '../../../shared/mentors/dates';
import { defineHandlers, type Caller } from '../ipc/handler.types';
import { readSettings } from '../settings/settings.service';
import {
  saveAgreement,
  saveMeeting,
  saveRiskAssessment,
  signAgreement,
  signOffRiskAssessment,
} from './match.casework.queries';
import { clusterMatches } from './match.cluster.queries';
import { getMatch, listMatches } from './match.read.queries';
import { activate, respond } from './match.workflow.queries';

/**
 * Every channel about one match names it for the match scope and needs the full view: a caseworker
 * reaches their own caseload's matches only (others' are refused, not blanked), lead mentors none.
 * Handlers never look at roles; the audit row names the match and a short, non-personal detail.
 */
const oneMatch = {
  recordType: 'match',
  recordId: (i: { matchId: string }) => i.matchId,
  needsFullView: true,
};
const aboutMatch = (detail?: string) => (input: { matchId: string }) => ({
  recordType: 'match',
  recordId: input.matchId,
  detail: detail ?? null,
});
// Signed-in channels always have a caller; the pipeline refuses the call before `run` otherwise.
const who = (caller: Caller | null): Caller => caller!;
const subjectOf = (caller: Caller | null) => ({ accountId: who(caller).accountId, roles: who(caller).roles });

/** Every write answers with the match as it now stands, so the screen shows the gate afresh. */
async function fresh(em: EntityManager, matchId: string) {
  const { thresholds } = await readSettings(em);
  return getMatch(em, matchId, thresholds);
}

export const matchesHandlers = defineHandlers(contract.matches, {
  list: {
    run: async ({ em, now, caller }, input) => {
      const { thresholds } = await readSettings(em);
      return listMatches(em, input, subjectOf(caller), ukToday(now), thresholds);
    },
    scope: { recordType: 'match', rows: 'items' },
  },
  get: {
    scope: oneMatch,
    run: ({ em }, { matchId }) => fresh(em, matchId),
    audit: aboutMatch(),
  },
  respond: {
    scope: oneMatch,
    run: async ({ em, now, caller }, input) => {
      await respond(em, input, now, ukToday(now), who(caller).accountId);
      return fresh(em, input.matchId);
    },
    audit: (input) => aboutMatch(`${input.party} ${input.answer}`)(input),
  },
  saveRiskAssessment: {
    scope: oneMatch,
    run: async ({ em, now }, input) => {
      const { thresholds } = await readSettings(em);
      await saveRiskAssessment(em, input, thresholds.reviewMonths, now, ukToday(now));
      return getMatch(em, input.matchId, thresholds);
    },
    audit: (input) => aboutMatch(`risk ${input.overallLevel}`)(input),
  },
  signOffRiskAssessment: {
    scope: oneMatch,
    run: async ({ em, now, caller }, input) => {
      await signOffRiskAssessment(em, input, who(caller).displayName, now, ukToday(now));
      return fresh(em, input.matchId);
    },
    audit: aboutMatch('risk signed off'),
  },
  saveMeeting: {
    scope: oneMatch,
    run: async ({ em, now, caller }, input) => {
      await saveMeeting(em, input, now, ukToday(now), who(caller).accountId);
      return fresh(em, input.matchId);
    },
    audit: aboutMatch('meeting'),
  },
  saveAgreement: {
    scope: oneMatch,
    run: async ({ em, now, caller }, input) => {
      const { thresholds } = await readSettings(em);
      await saveAgreement(em, input, thresholds, now, ukToday(now), who(caller).accountId);
      return getMatch(em, input.matchId, thresholds);
    },
    audit: aboutMatch('agreement'),
  },
  signAgreement: {
    scope: oneMatch,
    run: async ({ em, now }, input) => {
      await signAgreement(em, input, now, ukToday(now));
      return fresh(em, input.matchId);
    },
    audit: (input) => aboutMatch(`signed by ${input.party}`)(input),
  },
  activate: {
    scope: oneMatch,
    run: async ({ em, now, caller }, input) => {
      await activate(em, input, now, ukToday(now), who(caller).accountId);
      return fresh(em, input.matchId);
    },
    audit: aboutMatch('active'),
  },
  myCluster: {
    run: ({ em, caller }) => clusterMatches(em, subjectOf(caller)),
    scope: { recordType: 'cluster_match', rows: 'items' },
  },
});
