import { contract } from '../../../shared/contract';
import { ukToday } from '../../../shared/mentors/dates';
import { defineHandlers, type Caller } from '../ipc/handler.types';
import { readSettings } from '../settings/settings.service';
import {
  getSession,
  recordAttendance,
  saveSession,
  scheduleYear,
  sessionRegister,
  sessionsInYear,
  setSessionStatus,
} from './group-session.queries';
import {
  dueForSupervision,
  insertCall,
  insertRecord,
  listCalls,
  mentorSupervision,
} from './supervision.queries';

/** A mentor's supervision is seen as the mentor is (co-ordinators and the safeguarding lead: all). */
const onMentor = {
  recordType: 'mentor',
  recordId: (i: { mentorId: string }) => i.mentorId,
  needsFullView: true,
};
// Role-limited channels always have a caller; the pipeline refuses the call before `run` otherwise.
const who = (caller: Caller | null): Caller => caller!;
const session = (id: string | null | undefined, detail: string) => ({
  recordType: 'group_supervision_session',
  recordId: id ?? null,
  detail,
});
const mentor = (id: string, detail: string) => ({ recordType: 'mentor', recordId: id, detail });

export const supervisionHandlers = defineHandlers(contract.supervision, {
  calendar: {
    run: async ({ em }, { year }) => {
      const { thresholds } = await readSettings(em);
      return { year, weeks: thresholds.groupSupervisionWeeks, sessions: await sessionsInYear(em, year) };
    },
  },
  scheduleYear: {
    run: async ({ em, now }, input) => {
      const { thresholds } = await readSettings(em);
      return scheduleYear(em, input, thresholds.groupSupervisionWeeks, now);
    },
    audit: (input, output) => session(null, `scheduled ${output?.created ?? 0} from ${input.heldOn}`),
  },
  saveSession: {
    run: ({ em, now }, input) => saveSession(em, input, now),
    audit: (input, output) => session(output?.id ?? input.id, `session of ${input.heldOn}`),
  },
  setSessionStatus: {
    run: ({ em, now }, input) => setSessionStatus(em, input.id, input.status, now),
    audit: (input) => session(input.id, input.status),
  },
  session: {
    run: async ({ em }, { id }) => ({
      session: await getSession(em, id),
      register: await sessionRegister(em, id),
    }),
  },
  recordAttendance: {
    run: ({ em, now }, input) => recordAttendance(em, input.id, input.marks, input.themes, ukToday(now), now),
    audit: (input) => session(input.id, `attendance of ${input.marks.length}`),
  },
  due: {
    run: async ({ em, now }) => {
      const { thresholds } = await readSettings(em);
      return dueForSupervision(em, thresholds.supervisionWeeks, thresholds.missedInARowFlag, ukToday(now));
    },
  },
  mentor: {
    run: async ({ em }, { mentorId }) => {
      const { thresholds } = await readSettings(em);
      return mentorSupervision(em, mentorId, thresholds.supervisionWeeks);
    },
    scope: onMentor,
  },
  record: {
    run: ({ em, now, caller }, input) => insertRecord(em, input, who(caller).accountId, ukToday(now), now),
    scope: onMentor,
    audit: (input) => mentor(input.mentorId, `individual supervision of ${input.heldOn}`),
  },
  calls: { run: ({ em }, input) => listCalls(em, input.page, input.pageSize) },
  logCall: {
    run: ({ em, now, caller }, input) => insertCall(em, input, who(caller).accountId, ukToday(now), now),
    scope: onMentor,
    audit: (input) => mentor(input.mentorId, `support call of ${input.calledOn}`),
  },
});
