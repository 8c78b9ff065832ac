import { contract } from '../../../shared/contract';
import { sessionWarnings } from '../../../shared/mentors/training';
import { defineHandlers, type Caller } from '../ipc/handler.types';
import { mentorScope } from '../mentors/mentor.scope';
import { readSettings } from '../settings/settings.service';
import { addEvaluation, listEvaluations, mentorTraining } from './training-people.queries';
import {
  addToWaitingList,
  invitableMentors,
  invite,
  placeFromWaitingList,
  setAttendance,
  waitingList,
} from './training-register.queries';
import {
  getSessionDetail,
  listCourses,
  listSessions,
  saveCourse,
  saveSession,
} from './training-sessions.queries';

const isoDay = (now: Date) => now.toISOString().slice(0, 10);
const by = (caller: Caller | null) => caller?.accountId ?? '';
const mentorRecord = { recordType: 'mentor', recordId: (i: { mentorId: string | null }) => i.mentorId };
const session = (id: string | undefined | null, detail?: string) => ({
  recordType: 'training_session',
  recordId: id ?? null,
  detail: detail ?? null,
});

export const trainingHandlers = defineHandlers(contract.training, {
  courses: { run: ({ em }, input) => listCourses(em, input.includeArchived) },
  saveCourse: {
    run: ({ em, now }, input) => saveCourse(em, input, now),
    audit: (input, output) => ({ recordType: 'training_course', recordId: output?.id ?? input.id ?? null }),
  },
  sessions: { run: ({ em, now }, input) => listSessions(em, input, isoDay(now)) },
  session: {
    run: ({ em }, input) => getSessionDetail(em, input.id),
    scope: { recordType: 'mentor', rows: 'register' },
  },
  saveSession: {
    async run({ em, now }, input) {
      const saved = await saveSession(em, input, now);
      const { thresholds } = await readSettings(em);
      return { session: saved, warnings: sessionWarnings(saved, thresholds.trainingNoticeWeeks) };
    },
    audit: (input, output) => session(output?.session.id ?? input.id),
  },
  invite: {
    run: ({ em, now, caller }, input) => invite(em, input.sessionId, input.mentorIds, by(caller), now),
    audit: (input, output) => session(input.sessionId, `invited ${output?.invited ?? 0}`),
  },
  invitableMentors: {
    run: ({ em, caller }, input) =>
      invitableMentors(
        em,
        input.sessionId,
        input.search,
        caller ? mentorScope.visibleSql!(caller, 'm') : { sql: '0 = 1', params: [] },
      ),
    scope: { recordType: 'mentor', rows: 'items' },
  },
  setAttendance: {
    run: ({ em, now, caller }, input) => setAttendance(em, input, by(caller), now),
    scope: mentorRecord,
    audit: (input) => session(input.sessionId, input.status),
  },
  waitingList: {
    run: ({ em }, input) => waitingList(em, input.courseId),
    scope: { recordType: 'mentor', rows: 'items' },
  },
  addToWaitingList: {
    run: ({ em, now }, input) => addToWaitingList(em, input, now),
    scope: mentorRecord,
    audit: (input) => ({ recordType: 'mentor', recordId: input.mentorId, detail: 'training waiting list' }),
  },
  placeFromWaitingList: {
    run: ({ em, now, caller }, input) => placeFromWaitingList(em, input, by(caller), now),
    audit: (input) => session(input.sessionId, 'placed from waiting list'),
  },
  addEvaluation: {
    run: ({ em, now }, input) => addEvaluation(em, input, now),
    scope: mentorRecord,
    audit: (input) => session(input.sessionId, 'evaluation'),
  },
  evaluations: { run: ({ em }, input) => listEvaluations(em, input.sessionId) },
  mentorTraining: {
    async run({ em, now }, input) {
      const { thresholds } = await readSettings(em);
      return mentorTraining(em, input.mentorId, isoDay(now), thresholds.initialTrainingHours);
    },
    scope: mentorRecord,
  },
});
