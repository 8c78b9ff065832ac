import { contract } from '../../../shared/contract';
import { ukToday } from '../../../shared/mentors/dates';
import { defineHandlers, type Caller } from '../ipc/handler.types';
import { readSettings } from '../settings/settings.service';
import {
  assertMentorExists,
  assertSeesMatch,
  assertNotFuture,
  boundaryCount,
  closeIncident,
  getIncident,
  incidentState,
  insertIncident,
  listIncidents,
  matchParties,
  raiseFollowUpIfHigh,
  updateIncident,
} from './incident.queries';

/**
 * Incidents are casework: recording one in a match needs that match in full (its scope); one
 * about a mentor alone needs the mentor in full (co-ordinators only, by the channel's access);
 * everything after that is checked against the incident itself (record type `incident`).
 */
const onMatch = { recordType: 'match', recordId: (i: { matchId: string }) => i.matchId, needsFullView: true };
const onMentor = {
  recordType: 'mentor',
  recordId: (i: { mentorId: string }) => i.mentorId,
  needsFullView: true,
};
const onIncident = { recordType: 'incident', recordId: (i: { id: string }) => i.id, needsFullView: true };

// Role-limited channels always have a caller; the pipeline refuses the call before `run` otherwise.
const who = (caller: Caller | null): Caller => caller!;
const subjectOf = (caller: Caller | null) => ({ accountId: who(caller).accountId, roles: who(caller).roles });
const target = (id: string | null | undefined, detail: string) => ({
  recordType: 'incident',
  recordId: id ?? null,
  detail,
});

export const incidentsHandlers = defineHandlers(contract.incidents, {
  list: {
    run: async ({ em, caller }, input) => {
      // One match's incidents answer as the match itself would: refused, not an empty list, for a
      // caller who may not see that match's casework.
      if (input.matchId) await assertSeesMatch(em, subjectOf(caller), input.matchId);
      return listIncidents(em, input, subjectOf(caller));
    },
    scope: { recordType: 'incident', rows: 'items' },
  },
  get: { run: ({ em }, input) => getIncident(em, input.id), scope: onIncident },
  record: {
    run: async ({ em, caller, now }, { matchId, ...fields }) => {
      const today = ukToday(now);
      assertNotFuture('occurredOn', fields.occurredOn, today, 'An incident');
      const parties = await matchParties(em, matchId);
      const id = await insertIncident(em, { matchId, ...parties }, fields, who(caller).accountId, now);
      const { thresholds } = await readSettings(em);
      await raiseFollowUpIfHigh(em, id, matchId, fields, today, thresholds.concernFollowUpDays, now);
      return getIncident(em, id);
    },
    scope: onMatch,
    audit: (input, output) => target(output?.id, `${input.kind}, ${input.severity}`),
  },
  recordForMentor: {
    run: async ({ em, caller, now }, { mentorId, ...fields }) => {
      assertNotFuture('occurredOn', fields.occurredOn, ukToday(now), 'An incident');
      await assertMentorExists(em, mentorId);
      const id = await insertIncident(
        em,
        { matchId: null, mentorId, menteeId: null },
        fields,
        who(caller).accountId,
        now,
      );
      return getIncident(em, id);
    },
    scope: onMentor,
    audit: (input, output) => target(output?.id, `${input.kind}, ${input.severity}`),
  },
  update: {
    run: async ({ em, now }, { id, ...fields }) => {
      const today = ukToday(now);
      assertNotFuture('occurredOn', fields.occurredOn, today, 'An incident');
      await updateIncident(em, id, fields, now);
      const { matchId } = await incidentState(em, id);
      const { thresholds } = await readSettings(em);
      await raiseFollowUpIfHigh(em, id, matchId, fields, today, thresholds.concernFollowUpDays, now);
      return getIncident(em, id);
    },
    scope: onIncident,
    audit: (input) => target(input.id, `${input.kind}, ${input.severity}`),
  },
  close: {
    run: async ({ em, now }, input) => {
      assertNotFuture('closedOn', input.closedOn, ukToday(now), 'The closing date');
      await closeIncident(em, input.id, input.closedOn, input.closureNote, now);
      return getIncident(em, input.id);
    },
    scope: onIncident,
    audit: (input) => target(input.id, 'closed'),
  },
  boundaryCount: { run: ({ em }, input) => boundaryCount(em, input.from, input.to) },
});
