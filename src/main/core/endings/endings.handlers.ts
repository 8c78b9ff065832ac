import { contract } from '../../../shared/contract';
import { ukToday } from '../../../shared/mentors/dates';
import { defineHandlers, type Caller } from '../ipc/handler.types';
import { endMatch, getEndingView, saveExitInterview } from './ending.queries';

/** Every channel names one match and needs it in full (a caseworker: their own caseload). */
const onMatch = { recordType: 'match', recordId: (i: { matchId: string }) => i.matchId, needsFullView: true };
// Role-limited channels always have a caller; the pipeline refuses the call before `run` otherwise.
const who = (caller: Caller | null): Caller => caller!;
const target = (matchId: string, detail: string) => ({ recordType: 'match', recordId: matchId, detail });

export const endingsHandlers = defineHandlers(contract.endings, {
  get: { run: ({ em }, input) => getEndingView(em, input.matchId), scope: onMatch },
  end: {
    run: async ({ em, caller, now }, input) => {
      await endMatch(em, input, ukToday(now), now, who(caller).accountId);
      return getEndingView(em, input.matchId);
    },
    scope: onMatch,
    audit: (input) => target(input.matchId, `ended: ${input.kind}, ${input.reason}`),
  },
  saveExitInterview: {
    run: ({ em, caller, now }, input) =>
      saveExitInterview(em, input, ukToday(now), now, who(caller).accountId),
    scope: onMatch,
    audit: (input) => target(input.matchId, `exit interview: ${input.party}`),
  },
});
