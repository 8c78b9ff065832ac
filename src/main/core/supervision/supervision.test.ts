import { describe, expect, it } from 'vitest';
import { queueItems, staffOnDay } from '../../../../tests/support/governance-fixture';
import { errorOf, expectFieldError, type StaffCore } from '../../../../tests/support/match-fixture';
import type { GroupSession, RegisterRow, SupervisionDueRow } from '../../../shared/contract/supervision';
import { insertMentee, insertMentor, insertProposal } from '../matches/match.test-support';

/** Supervision through the real pipeline and encrypted database: the register, the rules, the queue. */

const TODAY = '2026-11-23';
const staffCore = staffOnDay(TODAY);

async function setUp() {
  const s = await staffCore();
  const robin = insertMentor(s.db, { firstName: 'Robin', lastName: 'Ready' });
  const sam = insertMentor(s.db, { firstName: 'Sam', lastName: 'Matched', stage: 'matched' });
  const hal = insertMentor(s.db, { firstName: 'Hal', lastName: 'Hold', stage: 'on_hold' });
  const mentee = insertMentee(s.db);
  const match = insertProposal(s.db, mentee, sam, '2026-01-02');
  s.db.prepare(`UPDATE match SET stage = 'active', active_on = '2026-01-10' WHERE id = ?`).run(match);
  return { s, robin, sam, hal, match };
}

const queue = (s: StaffCore) => queueItems(s, (i) => i.kind.startsWith('supervision'));
const count = (s: StaffCore, table: string) =>
  (s.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const record = (mentorId: string, extra: object = {}) => ({
  mentorId,
  heldOn: '2026-11-20',
  supervisorName: 'Cora Co-ordinator',
  kind: 'in_person',
  contactsReviewed: true,
  contactsNote: 'Contact forms up to date.',
  concerns: 'Worried about the mentee’s housing on release.',
  ...extra,
});

describe('supervision', () => {
  it('schedules the year, keeps on-hold mentors off the register and flags the second missed session in a row', async () => {
    const { s, robin, sam, hal, match } = await setUp();
    const made = await s.ok<{ created: number; skipped: number }>('supervision.scheduleYear', {
      heldOn: '2026-01-07',
      startsAt: '18:30',
      venue: 'Community room',
      ledBy: 'Cora',
    });
    expect(made).toEqual({ created: 9, skipped: 0 });
    expect(
      await s.ok('supervision.scheduleYear', {
        heldOn: '2026-01-07',
        startsAt: '18:30',
        venue: '',
        ledBy: '',
      }),
    ).toEqual({ created: 0, skipped: 9 });
    const { sessions } = await s.ok<{ sessions: GroupSession[] }>('supervision.calendar', { year: 2026 });
    expect(sessions.map((x) => x.heldOn).slice(0, 3)).toEqual(['2026-01-07', '2026-02-18', '2026-04-01']);
    const [first, second, third] = sessions as [GroupSession, GroupSession, GroupSession];

    const { register } = await s.ok<{ register: RegisterRow[] }>('supervision.session', { id: first.id });
    expect(register.map((r) => r.mentorId).sort()).toEqual([robin, sam].sort());
    await expectFieldError(
      s,
      'supervision.recordAttendance',
      { id: first.id, marks: [{ mentorId: hal, status: 'attended' }] },
      'marks',
    );

    // The first miss: nothing on the queue for it (both are overdue for individual supervision, though).
    await s.ok('supervision.recordAttendance', {
      id: first.id,
      marks: [
        { mentorId: robin, status: 'attended' },
        { mentorId: sam, status: 'did_not_attend' },
      ],
      themes: ['Boundaries'],
    });
    expect((await queue(s)).map((i) => i.kind).sort()).toEqual([
      'supervision_overdue',
      'supervision_overdue',
    ]);

    // The second in a row (apologies count as missed): the invite appears, dated the second miss.
    await s.ok('supervision.recordAttendance', {
      id: second.id,
      marks: [
        { mentorId: robin, status: 'did_not_attend' },
        { mentorId: sam, status: 'apologies' },
      ],
    });
    const invite = (await queue(s)).find((i) => i.kind === 'supervision_invite');
    expect(invite).toMatchObject({ id: `supervision:${sam}`, due: '2026-02-18', subject: 'Sam Matched' });
    expect((await queue(s)).filter((i) => i.kind === 'supervision_invite')).toHaveLength(1);

    // Robin attends the third: the streak resets.
    await s.ok('supervision.recordAttendance', {
      id: third.id,
      marks: [{ mentorId: robin, status: 'attended' }],
    });
    const page = await s.ok<{ missedStreak: number; missed: { apologies: boolean }[] }>(
      'supervision.mentor',
      {
        mentorId: sam,
      },
    );
    expect(page).toMatchObject({ missedStreak: 2, missed: [{ apologies: false }, { apologies: true }] });

    // An individual supervision after the second miss clears both of Sam's items.
    await s.ok('supervision.record', record(sam, { matchesDiscussed: [match], nextOn: '2027-01-04' }));
    expect((await queue(s)).map((i) => `${i.kind}:${i.id}`)).toEqual([
      `supervision_overdue:supervision:${robin}`,
    ]);
    const due = await s.ok<{ active: number; supervised: number; items: SupervisionDueRow[] }>(
      'supervision.due',
      {},
    );
    expect(due).toMatchObject({ active: 2, supervised: 1 });
    expect(due.items.map((i) => i.mentorName)).toEqual(['Robin Ready']);

    const full = await s.ok<{ records: { matchesDiscussed: { reference: string }[] }[]; nextDueOn: string }>(
      'supervision.mentor',
      { mentorId: sam },
    );
    expect(full.records[0]!.matchesDiscussed[0]!.reference).toMatch(/^M-T-|X-/);
    expect(full.nextDueOn).toBe('2027-01-04');

    // A session with attendance cannot be cancelled; a future one can.
    expect(
      (await errorOf(s, 'supervision.setSessionStatus', { id: first.id, status: 'cancelled' })).code,
    ).toBe('CONFLICT');
    const last = sessions.at(-1)!;
    expect(last.heldOn > TODAY).toBe(true);
    await expectFieldError(s, 'supervision.recordAttendance', { id: last.id, marks: [] }, 'marks');
    expect(await s.ok('supervision.setSessionStatus', { id: last.id, status: 'cancelled' })).toMatchObject({
      status: 'cancelled',
    });
  });

  it('logs telephone support and refuses bad input without changing anything', async () => {
    const { s, robin, sam, match } = await setUp();
    await s.ok('supervision.logCall', {
      mentorId: robin,
      calledOn: '2026-11-21',
      direction: 'from_mentor',
      staffName: 'Cora',
      minutes: 20,
      topic: 'Nervous before the first prison visit.',
      followUpNeeded: true,
      followUpNote: 'Ring after the visit.',
    });
    const before = ['supervision_record', 'supervision_call', 'group_supervision_session'].map((x) =>
      count(s, x),
    );
    await expectFieldError(s, 'supervision.record', record(robin, { heldOn: '2026-12-01' }), 'heldOn');
    await expectFieldError(
      s,
      'supervision.record',
      record(robin, { matchesDiscussed: [match] }),
      'matchesDiscussed',
    );
    await expectFieldError(s, 'supervision.record', record(sam, { nextOn: '2026-11-01' }), 'nextOn');
    await expectFieldError(s, 'supervision.record', record(sam, { kind: 'letter' }), 'kind');
    await expectFieldError(
      s,
      'supervision.logCall',
      {
        mentorId: robin,
        calledOn: '2026-11-21',
        direction: 'from_mentor',
        staffName: 'C',
        minutes: 0,
        topic: 'x',
        followUpNeeded: false,
      },
      'minutes',
    );
    await expectFieldError(
      s,
      'supervision.saveSession',
      { heldOn: '2026-01-07', startsAt: '7pm' },
      'startsAt',
    );
    expect(
      ['supervision_record', 'supervision_call', 'group_supervision_session'].map((x) => count(s, x)),
    ).toEqual(before);
    const page = await s.ok<{ calls: { topic: string; followUpNeeded: boolean }[] }>('supervision.mentor', {
      mentorId: robin,
    });
    expect(page.calls).toEqual([expect.objectContaining({ followUpNeeded: true })]);
    const log = await s.ok<{ total: number; items: { mentorName: string }[] }>('supervision.calls', {});
    expect(log).toMatchObject({ total: 1, items: [{ mentorName: 'Robin Ready' }] });
  });

  it('is for co-ordinators: caseworkers, lead mentors and regional managers are refused', async () => {
    const { s, robin } = await setUp();
    for (const who of ['cas.one', 'lee.lead', 'rhea.rm']) {
      await s.as(who);
      expect((await errorOf(s, 'supervision.mentor', { mentorId: robin })).code, who).toBe('FORBIDDEN');
      expect((await errorOf(s, 'supervision.record', record(robin))).code, who).toBe('FORBIDDEN');
      expect((await errorOf(s, 'supervision.calendar', { year: 2026 })).code, who).toBe('FORBIDDEN');
    }
    await s.as('cas.one');
    expect(await queue(s)).toEqual([]);
  });
});
