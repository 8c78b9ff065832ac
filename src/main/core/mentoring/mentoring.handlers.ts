import { contract } from '../../../shared/contract';
import { ukToday } from '../../../shared/mentors/dates';
import { defineHandlers, type Caller } from '../ipc/handler.types';
import { listActiveMatches } from './active-matches.queries';
import { insertCheckIn, listCheckIns } from './checkin.queries';
import {
  contactDefaults,
  deleteContactRecord,
  getContactRecord,
  insertContactRecord,
  listContactRecords,
  updateContactRecord,
} from './contact.queries';
import { completeFollowUp, followUpMatchId, listFollowUps } from './follow-up.queries';
import { assertActive, assertCorrectable, assertSessionDate, phaseOn, readMatchState } from './match-state';
import { meetingPlaces, saveMeetingPlace } from './place.queries';

/**
 * Every call about one match names it and must see it in full (a caseworker's own caseload, a
 * co-ordinator, a safeguarding lead reading): another caseworker's match is refused, not blanked.
 */
const onMatch = {
  recordType: 'match',
  recordId: (i: { matchId: string }) => i.matchId,
  needsFullView: true,
};
// Signed-in channels always have a caller; the pipeline refuses the call before `run` otherwise.
const who = (caller: Caller | null): Caller => caller!;
const subjectOf = (caller: Caller | null) => ({ accountId: who(caller).accountId, roles: who(caller).roles });
const target = (matchId: string, detail: string) => ({ recordType: 'match', recordId: matchId, detail });

export const mentoringHandlers = defineHandlers(contract.mentoring, {
  recordContact: {
    run: async ({ em, caller, now }, input) => {
      const state = await readMatchState(em, input.matchId);
      assertActive(state);
      assertSessionDate(input.onDate, ukToday(now), state);
      const id = await insertContactRecord(
        em,
        input,
        phaseOn(input.onDate, state),
        who(caller).accountId,
        now,
      );
      return getContactRecord(em, id);
    },
    scope: onMatch,
    audit: (input) =>
      target(input.matchId, input.concern ? 'session recorded, concern raised' : 'session recorded'),
  },
  updateContact: {
    run: async ({ em, now }, { id, ...fields }) => {
      const state = await readMatchState(em, fields.matchId);
      assertCorrectable(state);
      assertSessionDate(fields.onDate, ukToday(now), state);
      await updateContactRecord(em, id, fields, phaseOn(fields.onDate, state), now);
      return getContactRecord(em, id);
    },
    scope: onMatch,
    audit: (input) => target(input.matchId, 'session corrected'),
  },
  deleteContact: {
    run: async ({ em, now }, input) => {
      assertCorrectable(await readMatchState(em, input.matchId));
      await deleteContactRecord(em, input.matchId, input.id, now);
      return { deleted: true };
    },
    scope: onMatch,
    audit: (input) => target(input.matchId, 'session removed'),
  },
  contacts: {
    run: async ({ em }, input) => {
      await readMatchState(em, input.matchId);
      return listContactRecords(em, input.matchId);
    },
    scope: onMatch,
  },
  contactDefaults: {
    run: async ({ em }, input) => {
      const state = await readMatchState(em, input.matchId);
      return contactDefaults(em, input.matchId, state.stage === 'active');
    },
    scope: onMatch,
  },
  activeMatches: {
    run: ({ em, caller }) => listActiveMatches(em, subjectOf(caller)),
    scope: { recordType: 'match', rows: 'items' },
  },
  checkIn: {
    run: async ({ em, caller, now }, input) => {
      const state = await readMatchState(em, input.matchId);
      assertActive(state);
      assertSessionDate(input.onDate, ukToday(now), state);
      return insertCheckIn(em, input, who(caller).accountId, now);
    },
    scope: onMatch,
    audit: (input) =>
      target(input.matchId, input.concern ? 'check-in recorded, concern raised' : 'check-in recorded'),
  },
  checkIns: {
    run: async ({ em }, input) => {
      await readMatchState(em, input.matchId);
      return listCheckIns(em, input.matchId);
    },
    scope: onMatch,
  },
  followUps: {
    run: ({ em, caller, now }, input) => listFollowUps(em, input.matchId, subjectOf(caller), ukToday(now)),
    scope: { recordType: 'concern_follow_up', rows: 'items' },
  },
  completeFollowUp: {
    run: async ({ em, caller, now }, input) => {
      await followUpMatchId(em, input.id);
      return completeFollowUp(em, input, who(caller).accountId, ukToday(now));
    },
    scope: { recordType: 'concern_follow_up', recordId: (i) => i.id, needsFullView: true },
    audit: (input) => ({ recordType: 'concern_follow_up', recordId: input.id, detail: 'follow-up done' }),
  },
  places: { run: ({ em }, input) => meetingPlaces(em, input.includeArchived) },
  savePlace: {
    run: ({ em }, input) => saveMeetingPlace(em, input),
    audit: (input, output) => ({ recordType: 'meeting_place', recordId: output?.id ?? input.id ?? null }),
  },
});
