import { mkdtempSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { afterEach, describe, expect, it } from 'vitest';
import { classed, defineArea } from '../../../shared/contract';
import type {
  EvaluationRow,
  MentorTraining,
  TrainingCourse,
  TrainingSessionDetail,
  TrainingSessionRow,
  WaitingRow,
} from '../../../shared/contract/training';
import type { Result } from '../../../shared/errors';
import {
  ADMIN,
  CHOSEN_PASSPHRASE,
  FAST_KDF,
  TEMPORARY_PASSPHRASE,
} from '../../../../tests/support/core-fixture';
import { createCore, type Core } from '..';
import { defineHandlers } from '../ipc/handler.types';
import { defineModule } from '../module';
import { trainingHoursByMentor } from './training-hours.queries';

/**
 * Training through the real pipeline and an encrypted database. Mentors are written by a test-only
 * channel (raw SQL, like the import will), so these tests do not wait on the mentors area's forms;
 * another test-only channel reads the grouped hours query directly.
 */
const seedArea = defineArea('trainingTest', {
  mentor: {
    kind: 'write',
    input: z
      .object({
        name: z.string(),
        stage: z.string().default('initial_training'),
        clusterId: z.string().nullable().default(null),
        leadAccountId: z.string().nullable().default(null),
      })
      .strict(),
    output: z.object({ id: classed('directory', z.string()) }),
    classes: ['directory'],
    access: 'signed-in',
    label: 'Test only',
    summary: 'Test only.',
    examples: { invalid: [{}] },
  },
  stage: {
    kind: 'write',
    input: z.object({ id: z.string(), stage: z.string() }).strict(),
    output: z.object({ id: classed('directory', z.string()) }),
    classes: ['directory'],
    access: 'signed-in',
    label: 'Test only',
    summary: 'Test only.',
    examples: { invalid: [{}] },
  },
  hours: {
    kind: 'read',
    input: z.object({ today: z.string() }).strict(),
    output: classed(
      'directory',
      z.record(z.string(), z.object({ initial: z.number(), ongoing: z.number() })),
    ),
    classes: ['directory'],
    access: 'signed-in',
    label: 'Test only',
    summary: 'Test only.',
    examples: { invalid: [{}] },
  },
});
const seedModule = defineModule({
  area: 'trainingTest',
  channels: seedArea,
  handlers: defineHandlers(seedArea, {
    mentor: {
      async run({ em, now }, input) {
        const id = randomUUID();
        const [first, last] = input.name.split(' ');
        const at = now.toISOString();
        await em.query(
          `INSERT INTO mentor (id, first_name, last_name, preferred_name, name_key, stage, stage_since, email, phone,
             address_line1, address_line2, town, postcode, enquiry_date, heard_via, motivation, hopes,
             employment_status, interests, skills, languages, availability, availability_notes, travel_area,
             hard_to_work_with, is_lead_mentor, cluster_id, account_id, notes, created_at, updated_at)
           VALUES (?, ?, ?, '', ?, ?, ?, '', '', '', '', '', '', ?, '', '', '', '', '[]', '[]', '[]', '[]', '', '', '',
                   ?, ?, ?, '', ?, ?)`,
          [
            id,
            first,
            last,
            input.name.toLowerCase(),
            input.stage,
            at.slice(0, 10),
            at.slice(0, 10),
            input.leadAccountId ? 1 : 0,
            input.clusterId,
            input.leadAccountId,
            at,
            at,
          ],
        );
        return { id };
      },
    },
    stage: {
      async run({ em }, input) {
        await em.query('UPDATE mentor SET stage = ? WHERE id = ?', [input.stage, input.id]);
        return { id: input.id };
      },
    },
    hours: {
      async run({ em }, input) {
        const map = await trainingHoursByMentor(em, null, input.today);
        return Object.fromEntries(
          [...map].map(([id, h]) => [id, { initial: h.initial, ongoing: h.ongoingLast12Months }]),
        );
      },
    },
  }),
  tables: [],
});

let core: Core | undefined;
let dir: string | undefined;
afterEach(async () => {
  await core?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  core = undefined;
  dir = undefined;
});

const TODAY = new Date().toISOString().slice(0, 10);
const day = (offset: number, from = TODAY) =>
  new Date(Date.parse(`${from}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);

async function setUp() {
  dir = mkdtempSync(join(tmpdir(), 'waymark-training-'));
  const c = await createCore(
    { dataDir: dir, ...FAST_KDF, automaticBackups: false },
    { modules: [seedModule] },
  );
  core = c;
  const call = (name: string, input: unknown = {}) => c.call(name, input);
  const ok = async <T>(name: string, input: unknown = {}): Promise<T> => {
    const r = (await c.call(name, input)) as Result<T>;
    if (!r.ok)
      throw new Error(`${name}: ${r.error.code} ${r.error.message} ${JSON.stringify(r.error.fieldErrors)}`);
    return r.value;
  };
  const fail = async (name: string, input: unknown) => {
    const r = await c.call(name, input);
    if (r.ok) throw new Error(`${name} succeeded`);
    return r.error;
  };
  await ok('vault.setup', ADMIN);
  const changed = new Set<string>();
  const accounts = new Map<string, string>();
  const account = async (username: string, roles: string[]) => {
    const { id } = await ok<{ id: string }>('accounts.create', {
      username,
      displayName: username,
      roles,
      temporaryPassphrase: TEMPORARY_PASSPHRASE,
    });
    accounts.set(username, id);
    return id;
  };
  const signInAs = async (username: string) => {
    await ok('vault.lock');
    const first = username !== ADMIN.username && !changed.has(username);
    await ok('vault.unlock', {
      username,
      passphrase:
        username === ADMIN.username ? ADMIN.passphrase : first ? TEMPORARY_PASSPHRASE : CHOSEN_PASSPHRASE,
    });
    if (first) {
      await ok('vault.changePassphrase', {
        currentPassphrase: TEMPORARY_PASSPHRASE,
        newPassphrase: CHOSEN_PASSPHRASE,
      });
      changed.add(username);
    }
  };
  await account('cora.coordinator', ['coordinator']);
  await signInAs('cora.coordinator');
  const courses = await ok<TrainingCourse[]>('training.courses');
  const initial = courses.find((x) => x.kind === 'initial')!;
  const ongoing = courses.find((x) => x.kind === 'ongoing')!;
  const mentor = async (name: string, more: object = {}) =>
    (await ok<{ id: string }>('trainingTest.mentor', { name, ...more })).id;
  const newSession = async (fields: object = {}) =>
    (
      await ok<{ session: TrainingSessionRow; warnings: string[] }>('training.saveSession', {
        courseId: initial.id,
        heldOn: day(60),
        startTime: '09:30',
        hours: 6,
        venue: 'Riverside Centre',
        capacity: 14,
        ...fields,
      })
    ).session;
  const countRows = async (table: 'sessions' | 'courses') =>
    table === 'sessions'
      ? (await ok<{ total: number }>('training.sessions', { when: 'all' })).total
      : (await ok<TrainingCourse[]>('training.courses', { includeArchived: true })).length;
  return { ok, call, fail, account, signInAs, accounts, initial, ongoing, mentor, newSession, countRows };
}

describe('training courses', () => {
  it('starts with the manual’s two courses, adds and changes one, and refuses a clashing title', async () => {
    const { ok, fail, initial, ongoing, countRows } = await setUp();
    expect(initial.topics).toContain('Boundaries');
    expect(ongoing.topics.length).toBeGreaterThan(3);
    const made = await ok<TrainingCourse>('training.saveCourse', {
      title: 'Working with families',
      kind: 'ongoing',
      topics: ['Visits', 'Letters home'],
    });
    expect(made).toMatchObject({
      kind: 'ongoing',
      topics: ['Visits', 'Letters home'],
      archived: false,
      sessions: 0,
    });
    const archived = await ok<TrainingCourse>('training.saveCourse', {
      id: made.id,
      title: 'Working with families',
      kind: 'ongoing',
      topics: ['Visits'],
      archived: true,
    });
    expect(archived).toMatchObject({ topics: ['Visits'], archived: true });
    expect((await ok<TrainingCourse[]>('training.courses')).map((c) => c.title)).not.toContain(
      'Working with families',
    );
    const clash = await fail('training.saveCourse', { title: 'initial MENTOR training', kind: 'initial' });
    expect(clash).toMatchObject({ code: 'CONFLICT', fieldErrors: { title: expect.any(String) } });
    const bad = await fail('training.saveCourse', { title: 'Another', kind: 'initial', topics: ['A', 'a'] });
    expect(bad.code).toBe('VALIDATION');
    expect(await countRows('courses')).toBe(3);
  });
});

describe('training sessions', () => {
  it('warns (without refusing) at under 6 weeks’ notice and outside 12–16 places', async () => {
    const { ok, initial } = await setUp();
    const save = (announcedOn: string | null, capacity = 14) =>
      ok<{ session: TrainingSessionRow; warnings: string[] }>('training.saveSession', {
        courseId: initial.id,
        heldOn: '2027-03-06',
        startTime: '09:30',
        hours: 6,
        venue: 'Riverside Centre',
        capacity,
        announcedOn,
      });
    const short = await save(day(-41, '2027-03-06'));
    expect(short.warnings).toEqual([expect.stringMatching(/5 weeks and 6 days’ notice.*at least 6 weeks/)]);
    expect(short.session.announcedOn).toBe('2027-01-24');
    expect((await save(day(-42, '2027-03-06'))).warnings).toEqual([]);
    expect((await save(day(-43, '2027-03-06'))).warnings).toEqual([]);
    expect((await save(null)).warnings).toEqual([]);
    expect((await save(null, 11)).warnings).toEqual([expect.stringMatching(/Room for 11.*12 to 16/)]);
    expect((await save(null, 17)).warnings).toHaveLength(1);
    expect((await save(null, 12)).warnings).toEqual([]);
    expect((await save(null, 16)).warnings).toEqual([]);
  });

  it('lists upcoming sessions soonest first, then past ones latest first, with counts', async () => {
    const { ok, newSession, mentor } = await setUp();
    const later = await newSession({ heldOn: day(30) });
    const sooner = await newSession({ heldOn: day(3) });
    const past = await newSession({ heldOn: day(-10) });
    const older = await newSession({ heldOn: day(-40) });
    const ana = await mentor('Ana Price');
    const ben = await mentor('Ben Okafor');
    await ok('training.invite', { sessionId: sooner.id, mentorIds: [ana, ben] });
    await ok('training.setAttendance', { sessionId: sooner.id, mentorId: ana, status: 'accepted' });
    type Page = { total: number; items: TrainingSessionRow[] };
    const all = await ok<Page>('training.sessions', {});
    expect(all.items.map((s) => s.id)).toEqual([sooner.id, later.id, past.id, older.id]);
    expect(all.items[0]).toMatchObject({ invited: 2, coming: 1, attended: 0, capacity: 14 });
    expect((await ok<Page>('training.sessions', { when: 'upcoming' })).items.map((s) => s.id)).toEqual([
      sooner.id,
      later.id,
    ]);
    const pastPage = await ok<Page>('training.sessions', { when: 'past', pageSize: 1, page: 2 });
    expect(pastPage).toMatchObject({ total: 2 });
    expect(pastPage.items.map((s) => s.id)).toEqual([older.id]);
  });

  it('refuses bad sessions with field messages, changing nothing', async () => {
    const { fail, initial, countRows, newSession } = await setUp();
    const base = {
      courseId: initial.id,
      heldOn: day(50),
      startTime: '10:00',
      hours: 3,
      venue: 'Hall',
      capacity: 12,
    };
    for (const [change, field] of [
      [{ hours: 0.25 }, 'hours'],
      [{ hours: 12.5 }, 'hours'],
      [{ startTime: '25:00' }, 'startTime'],
      [{ heldOn: '2027-02-30' }, 'heldOn'],
      [{ announcedOn: day(51) }, 'announcedOn'],
      [{ venue: '' }, 'venue'],
      [{ capacity: 0 }, 'capacity'],
    ] as const) {
      const error = await fail('training.saveSession', { ...base, ...change });
      expect(error.code).toBe('VALIDATION');
      expect(Object.keys(error.fieldErrors ?? {})).toEqual([field]);
    }
    const ghost = await fail('training.saveSession', { ...base, courseId: randomUUID() });
    expect(ghost.fieldErrors).toEqual({ courseId: 'Choose a course from the list.' });
    expect(await countRows('sessions')).toBe(0);
    const made = await newSession();
    expect(await countRows('sessions')).toBe(1);
    const gone = await fail('training.saveSession', { ...base, id: randomUUID() });
    expect(gone.code).toBe('NOT_FOUND');
    expect((await fail('training.session', { id: randomUUID() })).code).toBe('NOT_FOUND');
    expect(made.hours).toBe(6);
  });
});

describe('the register', () => {
  it('invites, offers only those not yet invited, and records attendance with hours defaulting and capped', async () => {
    const { ok, fail, newSession, mentor } = await setUp();
    const session = await newSession({ hours: 6, heldOn: day(-3) });
    const ana = await mentor('Ana Price');
    const ben = await mentor('Ben Okafor');
    const cal = await mentor('Cal Hughes');
    await mentor('Dee Left', { stage: 'left' });
    type Invitable = { items: { id: string; name: string }[] };
    expect(
      (await ok<Invitable>('training.invitableMentors', { sessionId: session.id })).items.map((m) => m.name),
    ).toEqual(['Cal Hughes', 'Ben Okafor', 'Ana Price']);
    expect(await ok('training.invite', { sessionId: session.id, mentorIds: [ana, ben] })).toEqual({
      invited: 2,
    });
    expect(await ok('training.invite', { sessionId: session.id, mentorIds: [ana] })).toEqual({ invited: 0 });
    expect(
      (await ok<Invitable>('training.invitableMentors', { sessionId: session.id, search: 'HUG' })).items,
    ).toEqual([{ id: cal, name: 'Cal Hughes', stage: 'initial_training' }]);
    expect(
      (await ok<Invitable>('training.invitableMentors', { sessionId: session.id, search: 'price' })).items,
    ).toEqual([]);

    expect(
      await ok('training.setAttendance', { sessionId: session.id, mentorId: ana, status: 'attended' }),
    ).toEqual({ status: 'attended', hoursAttended: 6 });
    expect(
      await ok('training.setAttendance', {
        sessionId: session.id,
        mentorId: ben,
        status: 'attended',
        hoursAttended: 4.5,
        observations: 'Listened well in the role play.',
      }),
    ).toEqual({ status: 'attended', hoursAttended: 4.5 });
    const tooLong = await fail('training.setAttendance', {
      sessionId: session.id,
      mentorId: ben,
      status: 'attended',
      hoursAttended: 6.5,
    });
    expect(tooLong).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { hoursAttended: expect.stringMatching(/at most 6/) },
    });
    const badStatus = await fail('training.setAttendance', {
      sessionId: session.id,
      mentorId: ben,
      status: 'late',
    });
    expect(badStatus.code).toBe('VALIDATION');
    const notInvited = await fail('training.setAttendance', {
      sessionId: session.id,
      mentorId: cal,
      status: 'attended',
    });
    expect(notInvited.code).toBe('NOT_FOUND');

    const detail = await ok<TrainingSessionDetail>('training.session', { id: session.id });
    expect(detail.register.map((r) => [r.name, r.status, r.hoursAttended, r.observations])).toEqual([
      ['Ben Okafor', 'attended', 4.5, 'Listened well in the role play.'],
      ['Ana Price', 'attended', 6, ''],
    ]);
    // Changing a status away from attended clears the hours; leaving out observations keeps them.
    expect(
      await ok('training.setAttendance', {
        sessionId: session.id,
        mentorId: ben,
        status: 'absent',
        hoursAttended: 3,
      }),
    ).toEqual({ status: 'absent', hoursAttended: null });
    const again = await ok<TrainingSessionDetail>('training.session', { id: session.id });
    expect(again.register[0]).toMatchObject({
      status: 'absent',
      hoursAttended: null,
      observations: 'Listened well in the role play.',
    });
    expect(again).toMatchObject({ invited: 2, attended: 1 });

    // A session cannot be shortened below hours already recorded.
    const { id, courseId, heldOn, startTime, venue, capacity } = session;
    const shorter = await fail('training.saveSession', {
      id,
      courseId,
      heldOn,
      startTime,
      venue,
      capacity,
      hours: 5,
    });
    expect(shorter).toMatchObject({ code: 'CONFLICT', fieldErrors: { hours: expect.any(String) } });
  });

  it('takes replies before the session but who came only from its day, changing nothing when refused', async () => {
    const { ok, fail, newSession, mentor } = await setUp();
    const ahead = await newSession({ heldOn: '2099-12-29' });
    const today = await newSession({ heldOn: TODAY, hours: 2 });
    const ana = await mentor('Ana Price');
    const ben = await mentor('Ben Okafor');
    await ok('training.invite', { sessionId: ahead.id, mentorIds: [ana, ben] });
    await ok('training.invite', { sessionId: today.id, mentorIds: [ana] });
    // Replies may come in at any time before the day.
    for (const status of ['accepted', 'declined', 'invited', 'accepted'])
      expect(await ok('training.setAttendance', { sessionId: ahead.id, mentorId: ana, status })).toEqual({
        status,
        hoursAttended: null,
      });
    await ok('training.setAttendance', {
      sessionId: ahead.id,
      mentorId: ben,
      status: 'declined',
      observations: 'Asked about a later date.',
    });
    const before = await ok<TrainingSessionDetail>('training.session', { id: ahead.id });
    for (const [mentorId, status] of [
      [ana, 'attended'],
      [ana, 'absent'],
      [ben, 'attended'],
    ] as const) {
      const early = await fail('training.setAttendance', {
        sessionId: ahead.id,
        mentorId,
        status,
        hoursAttended: 2,
        observations: 'Should not be kept.',
      });
      expect(early).toMatchObject({
        code: 'VALIDATION',
        fieldErrors: { status: 'This session is on 29/12/2099: record who came on or after that day.' },
      });
    }
    expect(await ok<TrainingSessionDetail>('training.session', { id: ahead.id })).toEqual(before);
    expect(before.register.map((r) => [r.name, r.status, r.hoursAttended, r.observations])).toEqual([
      ['Ben Okafor', 'declined', null, 'Asked about a later date.'],
      ['Ana Price', 'accepted', null, ''],
    ]);
    // On the day itself the register can be taken.
    expect(
      await ok('training.setAttendance', { sessionId: today.id, mentorId: ana, status: 'attended' }),
    ).toEqual({ status: 'attended', hoursAttended: 2 });
    // Once taken, the session cannot be moved to a day still to come until the register is undone.
    const { id, courseId, startTime, hours, venue, capacity } = today;
    const moved = { id, courseId, heldOn: '2099-12-30', startTime, hours, venue, capacity };
    const refused = await fail('training.saveSession', moved);
    expect(refused).toMatchObject({ code: 'CONFLICT', fieldErrors: { heldOn: expect.any(String) } });
    expect((await ok<TrainingSessionDetail>('training.session', { id })).heldOn).toBe(TODAY);
    await ok('training.setAttendance', { sessionId: id, mentorId: ana, status: 'accepted' });
    expect((await ok<{ session: TrainingSessionRow }>('training.saveSession', moved)).session.heldOn).toBe(
      '2099-12-30',
    );
  });

  it('does not invite, wait-list or place people who have left or were not selected', async () => {
    const { ok, fail, newSession, mentor, initial, call } = await setUp();
    const session = await newSession();
    const ana = await mentor('Ana Price');
    const dee = await mentor('Dee Gone', { stage: 'left' });
    const nia = await mentor('Nia Unchosen', { stage: 'not_selected' });
    const register = async () =>
      (await ok<TrainingSessionDetail>('training.session', { id: session.id })).register;
    const waiting = async () =>
      (await ok<{ items: WaitingRow[] }>('training.waitingList', { courseId: initial.id })).items;

    const alone = await fail('training.invite', { sessionId: session.id, mentorIds: [dee] });
    expect(alone).toMatchObject({
      code: 'CONFLICT',
      message: 'This mentor has left the programme, so cannot be invited to training.',
      fieldErrors: { mentorIds: expect.any(String) },
    });
    const withOthers = await fail('training.invite', { sessionId: session.id, mentorIds: [ana, nia] });
    expect(withOthers.message).toBe(
      'One of the chosen mentors was not selected, so nobody was invited: choose again without them.',
    );
    const two = await fail('training.invite', { sessionId: session.id, mentorIds: [ana, dee, nia] });
    expect(two.message).toMatch(/^2 of the chosen mentors have left the programme or were not selected/);
    expect(await register()).toEqual([]);

    for (const mentorId of [dee, nia]) {
      const refused = await fail('training.addToWaitingList', { courseId: initial.id, mentorId });
      expect(refused.code).toBe('CONFLICT');
      expect(refused.message).toMatch(/so cannot be put on a training waiting list\.$/);
    }
    expect(await waiting()).toEqual([]);
    // Their training tab is told their stage, so it can say why nothing is offered.
    expect(await ok<MentorTraining>('training.mentorTraining', { mentorId: dee })).toMatchObject({
      stage: 'left',
      sessions: [],
      waiting: [],
    });

    // Someone who leaves while waiting keeps their entry but is not offered the place.
    const entry = await ok<{ waitingId: string }>('training.addToWaitingList', {
      courseId: initial.id,
      mentorId: ana,
    });
    expect((await call('trainingTest.stage', { id: ana, stage: 'left' })).ok).toBe(true);
    const place = await fail('training.placeFromWaitingList', {
      waitingId: entry.waitingId,
      sessionId: session.id,
    });
    expect(place).toMatchObject({
      code: 'CONFLICT',
      message: 'This mentor has left the programme, so cannot be offered a place on training.',
    });
    expect((await waiting()).map((w) => w.id)).toEqual([ana]);
    expect(await register()).toEqual([]);

    // Back in the programme, they can be placed again.
    await ok('trainingTest.stage', { id: ana, stage: 'initial_training' });
    expect(
      await ok('training.placeFromWaitingList', { waitingId: entry.waitingId, sessionId: session.id }),
    ).toEqual({ invited: 1 });
  });

  it('refuses invitations to unknown people or a cancelled session, inviting no one', async () => {
    const { ok, fail, newSession, mentor } = await setUp();
    const session = await newSession();
    const ana = await mentor('Ana Price');
    const ghost = await fail('training.invite', { sessionId: session.id, mentorIds: [ana, randomUUID()] });
    expect(ghost).toMatchObject({ code: 'VALIDATION', fieldErrors: { mentorIds: expect.any(String) } });
    expect((await ok<TrainingSessionDetail>('training.session', { id: session.id })).register).toEqual([]);
    const { id, courseId, heldOn, startTime, hours, venue, capacity } = session;
    await ok('training.saveSession', {
      id,
      courseId,
      heldOn,
      startTime,
      hours,
      venue,
      capacity,
      cancelled: true,
    });
    expect((await fail('training.invite', { sessionId: session.id, mentorIds: [ana] })).code).toBe(
      'CONFLICT',
    );
    const waiting = await ok<{ waitingId: string }>('training.addToWaitingList', { courseId, mentorId: ana });
    const place = await fail('training.placeFromWaitingList', {
      waitingId: waiting.waitingId,
      sessionId: id,
    });
    expect(place.code).toBe('CONFLICT');
    expect((await ok<{ items: WaitingRow[] }>('training.waitingList', { courseId })).items).toHaveLength(1);
    expect((await ok<TrainingSessionDetail>('training.session', { id })).register).toEqual([]);
    expect((await fail('training.invite', { sessionId: randomUUID(), mentorIds: [ana] })).code).toBe(
      'NOT_FOUND',
    );
  });

  it('keeps a waiting list per course and places people from it on a session of that course', async () => {
    const { ok, fail, newSession, mentor, initial, ongoing } = await setUp();
    const ana = await mentor('Ana Price');
    const ben = await mentor('Ben Okafor');
    const entry = await ok<{ waitingId: string }>('training.addToWaitingList', {
      courseId: initial.id,
      mentorId: ana,
      reason: 'Works Saturdays',
    });
    await ok('training.addToWaitingList', { courseId: initial.id, mentorId: ben });
    const twice = await fail('training.addToWaitingList', { courseId: initial.id, mentorId: ana });
    expect(twice.code).toBe('CONFLICT');
    const list = await ok<{ items: WaitingRow[] }>('training.waitingList', { courseId: initial.id });
    expect(list.items.map((w) => [w.name, w.reason])).toEqual([
      ['Ana Price', 'Works Saturdays'],
      ['Ben Okafor', ''],
    ]);
    const wrongCourse = await newSession({ courseId: ongoing.id });
    const mismatch = await fail('training.placeFromWaitingList', {
      waitingId: entry.waitingId,
      sessionId: wrongCourse.id,
    });
    expect(mismatch.code).toBe('VALIDATION');
    const right = await newSession();
    expect(
      await ok('training.placeFromWaitingList', { waitingId: entry.waitingId, sessionId: right.id }),
    ).toEqual({
      invited: 1,
    });
    expect(
      (await ok<{ items: WaitingRow[] }>('training.waitingList', { courseId: initial.id })).items.map(
        (w) => w.name,
      ),
    ).toEqual(['Ben Okafor']);
    expect(
      (await ok<TrainingSessionDetail>('training.session', { id: right.id })).register.map((r) => r.name),
    ).toEqual(['Ana Price']);
    expect(
      (await fail('training.placeFromWaitingList', { waitingId: entry.waitingId, sessionId: right.id })).code,
    ).toBe('CONFLICT');
  });

  it('records evaluations, named or anonymous, with their average', async () => {
    const { ok, fail, newSession, mentor } = await setUp();
    const session = await newSession();
    const ana = await mentor('Ana Price');
    const stranger = await mentor('Sam Other');
    await ok('training.invite', { sessionId: session.id, mentorIds: [ana] });
    await ok('training.addEvaluation', {
      sessionId: session.id,
      mentorId: ana,
      rating: 5,
      comments: 'Very useful.',
    });
    await ok('training.addEvaluation', { sessionId: session.id, rating: 4 });
    const notThere = await fail('training.addEvaluation', {
      sessionId: session.id,
      mentorId: stranger,
      rating: 2,
    });
    expect(notThere.fieldErrors).toHaveProperty('mentorId');
    expect((await fail('training.addEvaluation', { sessionId: session.id, rating: 6 })).code).toBe(
      'VALIDATION',
    );
    const evaluations = await ok<{ average: number; count: number; items: EvaluationRow[] }>(
      'training.evaluations',
      {
        sessionId: session.id,
      },
    );
    expect(evaluations).toMatchObject({ average: 4.5, count: 2 });
    expect(evaluations.items.map((e) => e.mentorName).sort()).toEqual(['Ana Price', null].sort());
  });
});

describe('training hours', () => {
  it('counts initial hours ever and ongoing hours in the last 12 months, attended only', async () => {
    const { ok, newSession, mentor, initial, ongoing } = await setUp();
    const ana = await mentor('Ana Price');
    const ben = await mentor('Ben Okafor');
    const sessions = {
      initialOld: await newSession({ courseId: initial.id, heldOn: day(-800), hours: 6 }),
      initialRecent: await newSession({ courseId: initial.id, heldOn: day(-20), hours: 6 }),
      ongoingIn: await newSession({ courseId: ongoing.id, heldOn: day(-365), hours: 2 }),
      ongoingOut: await newSession({ courseId: ongoing.id, heldOn: day(-366), hours: 3 }),
      ongoingToday: await newSession({ courseId: ongoing.id, heldOn: TODAY, hours: 1.5 }),
    };
    for (const s of Object.values(sessions)) {
      await ok('training.invite', { sessionId: s.id, mentorIds: [ana, ben] });
      await ok('training.setAttendance', { sessionId: s.id, mentorId: ana, status: 'attended' });
    }
    await ok('training.setAttendance', {
      sessionId: sessions.initialOld.id,
      mentorId: ben,
      status: 'accepted',
    });
    const hours = await ok<Record<string, { initial: number; ongoing: number }>>('trainingTest.hours', {
      today: TODAY,
    });
    expect(hours).toEqual({ [ana]: { initial: 12, ongoing: 3.5 } });

    const mine = await ok<MentorTraining>('training.mentorTraining', { mentorId: ana });
    expect(mine).toMatchObject({ initialHours: 12, initialThreshold: 12, ongoingHoursLast12Months: 3.5 });
    expect(mine.sessions).toHaveLength(5);
    expect(mine.sessions[0]).toMatchObject({ heldOn: TODAY, status: 'attended', hoursAttended: 1.5 });
    const his = await ok<MentorTraining>('training.mentorTraining', { mentorId: ben });
    expect(his).toMatchObject({ initialHours: 0, ongoingHoursLast12Months: 0 });
  });
});

describe('who sees what', () => {
  it('lead mentors see their cluster’s mentors on the register without observations, and no one else', async () => {
    const t = await setUp();
    const { ok, fail, newSession, mentor, signInAs, account } = t;
    await signInAs(ADMIN.username);
    const leadId = await account('lee.lead', ['lead_mentor']);
    await account('cass.caseworker', ['caseworker']);
    await signInAs('cora.coordinator');
    const region = await ok<{ id: string }>('establishments.saveRegion', { name: 'North West' });
    const fell = await ok<{ id: string }>('establishments.saveCluster', {
      name: 'Fellside',
      regionId: region.id,
    });
    const coast = await ok<{ id: string }>('establishments.saveCluster', {
      name: 'Coastal',
      regionId: region.id,
    });
    await mentor('Lee Lead', { clusterId: fell.id, leadAccountId: leadId, stage: 'matched' });
    const inside = await mentor('Ana Price', { clusterId: fell.id });
    const outside = await mentor('Ben Okafor', { clusterId: coast.id });
    const session = await newSession({ heldOn: day(-7) });
    await ok('training.invite', { sessionId: session.id, mentorIds: [inside, outside] });
    for (const id of [inside, outside])
      await ok('training.setAttendance', {
        sessionId: session.id,
        mentorId: id,
        status: 'attended',
        observations: 'Seemed anxious about boundaries.',
      });

    await signInAs('lee.lead');
    const seen = await ok<TrainingSessionDetail>('training.session', { id: session.id });
    expect(seen.register).toEqual([
      expect.objectContaining({ id: inside, name: 'Ana Price', hoursAttended: 6 }),
    ]);
    expect(seen.register[0]!.observations).toBeNull();
    expect((await ok<MentorTraining>('training.mentorTraining', { mentorId: inside })).initialHours).toBe(6);
    expect((await fail('training.mentorTraining', { mentorId: outside })).code).toBe('FORBIDDEN');
    expect(
      (await fail('training.setAttendance', { sessionId: session.id, mentorId: inside, status: 'absent' }))
        .code,
    ).toBe('FORBIDDEN');
    expect((await fail('training.waitingList', { courseId: session.courseId })).code).toBe('FORBIDDEN');

    await signInAs('cass.caseworker');
    expect((await fail('training.session', { id: session.id })).code).toBe('FORBIDDEN');
    expect((await ok<{ total: number }>('training.sessions', {})).total).toBe(1);

    // The co-ordinator's read of observations (vetting) is in the audit log.
    await signInAs('cora.coordinator');
    await ok('training.session', { id: session.id });
    await signInAs(ADMIN.username);
    const audit = await ok<{ entries: { action: string; classes: string[] }[] }>('audit.list', {});
    expect(audit.entries.find((e) => e.action === 'training.session')?.classes).toContain('vetting');
  });
});
