import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ADMIN, becomeNewAccount } from '../../../../tests/support/core-fixture';
import { cleanUpAfterEach, signInAs } from '../../../../tests/support/match-fixture';
import type {
  Feedback,
  FeedbackAction,
  FeedbackSummary,
  Involvement,
  InvolvementIndicator,
  PublishedAction,
} from '../../../shared/contract/feedback';
import { queueItems } from '../../../../tests/support/governance-fixture';
import { addMatch, setUpWithSeeds } from '../incidents/incident.test-support';

/** Feedback, "you said, we did" and service-user involvement through the real pipeline. */
const keep = cleanUpAfterEach();
const NOW = new Date('2026-11-24T12:00:00Z');

async function setUp() {
  const s = keep(await setUpWithSeeds(NOW));
  const match = await addMatch(s);
  await becomeNewAccount(s, 'cora.c', ['coordinator'], 'Cora Coordinator');
  return { s, match };
}

const piece = {
  receivedOn: '2026-11-02',
  fromKind: 'mentee',
  method: 'exit_interview',
  rating: 4,
  wentWell: 'My mentor turned up every week.',
  couldBeBetter: 'Travel claims were slow.',
  themes: ['contact', 'expenses'],
} as const;

const ourItems = (s: Awaited<ReturnType<typeof setUp>>['s']) =>
  queueItems(s, (i) => i.kind === 'you_said_we_did_due');

describe('feedback', () => {
  it('records linked and anonymous feedback, filters it and counts the quarter', async () => {
    const { s, match } = await setUp();
    const linked = await s.ok<Feedback>('feedback.record', {
      ...piece,
      menteeId: match.menteeId,
      matchId: match.id,
    });
    expect(linked).toMatchObject({ ...piece, anonymous: false, menteeId: match.menteeId, actions: 0 });
    expect(linked.menteeName).toMatch(/^Jordan /);
    expect(linked.matchReference).toMatch(/^X-2026-/);
    await s.ok('feedback.record', {
      receivedOn: '2026-10-05',
      fromKind: 'carer',
      method: 'comment_card',
      anonymous: true,
      rating: 2,
      comments: 'Hard to reach anyone by phone.',
      themes: ['communication'],
    });
    await s.ok('feedback.record', { ...piece, receivedOn: '2026-09-30', fromKind: 'mentor', rating: 5 });

    const all = await s.ok<{ total: number; items: Feedback[] }>('feedback.list', {});
    expect(all.items.map((f) => f.receivedOn)).toEqual(['2026-11-02', '2026-10-05', '2026-09-30']);
    const expenses = await s.ok<{ total: number }>('feedback.list', { theme: 'expenses' });
    expect(expenses.total).toBe(2);
    const carers = await s.ok<{ items: Feedback[] }>('feedback.list', { fromKind: 'carer' });
    expect(carers.items).toHaveLength(1);
    expect(carers.items[0]).toMatchObject({ anonymous: true, menteeName: null });
    const quarter = await s.ok<{ total: number }>('feedback.list', { from: '2026-10-01', to: '2026-12-31' });
    expect(quarter.total).toBe(2);

    const summary = await s.ok<FeedbackSummary>('feedback.summary', { from: '2026-10-01', to: '2026-12-31' });
    expect(summary).toMatchObject({ total: 2, rated: 2, averageRating: 3 });
    // A co-ordinator sees exact counts; the shown count hides cells under 5.
    expect(summary.byFrom.find((c) => c.fromKind === 'mentee')).toMatchObject({
      exact: 1,
      shown: null,
      averageRating: 4,
    });
    expect(summary.byFrom.find((c) => c.fromKind === 'partner')).toMatchObject({ exact: 0, shown: 0 });
    expect(summary.byTheme.find((c) => c.theme === 'expenses')).toMatchObject({ exact: 1 });

    // Corrections rewrite the themes too.
    const fixed = await s.ok<Feedback>('feedback.update', { ...piece, id: linked.id, themes: ['training'] });
    expect(fixed.themes).toEqual(['training']);
    // The mentor's September feedback still names expenses.
    expect((await s.ok<{ total: number }>('feedback.list', { theme: 'expenses' })).total).toBe(1);
  });

  it('refuses feedback from the future, links that do not exist and bad input, changing nothing', async () => {
    const { s } = await setUp();
    const refused = async (input: unknown, field: string) =>
      expect(await s.call('feedback.record', input)).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', fieldErrors: { [field]: expect.any(String) } },
      });
    await refused({ ...piece, receivedOn: '2026-11-25' }, 'receivedOn');
    await refused({ ...piece, menteeId: randomUUID() }, 'menteeId');
    await refused({ ...piece, mentorId: randomUUID() }, 'mentorId');
    await refused({ ...piece, anonymous: true, mentorId: randomUUID() }, 'anonymous');
    await refused({ ...piece, rating: 0 }, 'rating');
    await refused({ receivedOn: '2026-11-02', fromKind: 'mentee', method: 'phone' }, 'comments');
    expect(await s.call('feedback.update', { ...piece, id: randomUUID() })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect((await s.ok<{ total: number }>('feedback.list', {})).total).toBe(0);
  });

  it('links feedback to a "you said, we did" action, puts it on the work queue and publishes it when done', async () => {
    const { s } = await setUp();
    const said = await s.ok<Feedback>('feedback.record', piece);
    const action = await s.ok<FeedbackAction>('feedback.saveAction', {
      youSaid: 'Travel claims were slow.',
      weDid: 'Claims will be paid within ten days.',
      owner: 'Cora',
      targetOn: '2026-11-24',
      feedbackIds: [said.id],
    });
    expect(action).toMatchObject({ status: 'planned', published: false, doneOn: null });
    expect(action.feedback).toEqual([
      { id: said.id, receivedOn: '2026-11-02', fromKind: 'mentee', gist: 'Travel claims were slow.' },
    ]);
    expect((await s.ok<Feedback>('feedback.update', { ...piece, id: said.id })).actions).toBe(1);
    expect((await s.ok<{ total: number }>('feedback.actions', { feedbackId: said.id })).total).toBe(1);

    // Due today: on the queue, not yet urgent; named by the summary of what people said.
    const [item] = await ourItems(s);
    expect(item).toMatchObject({
      id: `feedback_action:${action.id}`,
      due: '2026-11-24',
      urgent: false,
      link: { area: 'feedback_action', id: action.id, tab: null },
    });
    expect(item).toMatchObject({
      subject: 'Travel claims were slow.',
      title: 'Due by its target date (owner: Cora)',
    });

    // Publishing needs it done, with a date that is not in the future.
    const base = { id: action.id, youSaid: action.youSaid, weDid: action.weDid, feedbackIds: [said.id] };
    expect(await s.call('feedback.saveAction', { ...base, published: true })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fieldErrors: { published: expect.any(String) } },
    });
    expect(
      await s.call('feedback.saveAction', { ...base, status: 'done', doneOn: '2026-11-25' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fieldErrors: { doneOn: expect.any(String) } },
    });
    expect(await s.ok<PublishedAction[]>('feedback.published')).toEqual([]);
    const done = await s.ok<FeedbackAction>('feedback.saveAction', {
      ...base,
      weDid: 'Claims are now paid within ten days.',
      status: 'done',
      doneOn: '2026-11-24',
      published: true,
    });
    expect(done).toMatchObject({ status: 'done', published: true });
    expect(await ourItems(s)).toEqual([]);
    expect(await s.ok<PublishedAction[]>('feedback.published')).toEqual([
      {
        id: action.id,
        youSaid: 'Travel claims were slow.',
        weDid: 'Claims are now paid within ten days.',
        doneOn: '2026-11-24',
      },
    ]);
    // Unknown feedback cannot be linked.
    expect(await s.call('feedback.saveAction', { ...base, feedbackIds: [randomUUID()] })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fieldErrors: { feedbackIds: expect.any(String) } },
    });
  });

  it('the work queue: seven days ahead is due, eight is not; a passed target is urgent', async () => {
    const { s } = await setUp();
    const add = (targetOn: string) =>
      s.ok<FeedbackAction>('feedback.saveAction', { youSaid: 'Said', weDid: 'Will do', targetOn });
    const yesterday = await add('2026-11-23');
    const tomorrow = await add('2026-11-25');
    const week = await add('2026-12-01');
    await add('2026-12-02');
    const items = await ourItems(s);
    expect(items.map((i) => [i.link.id, i.urgent])).toEqual([
      [yesterday.id, true],
      [tomorrow.id, false],
      [week.id, false],
    ]);
  });

  it('records service-user involvement and counts this year’s former mentees and new mentors', async () => {
    const { s, match } = await setUp();
    const mentor = await s.ok<Involvement>('feedback.saveInvolvement', {
      menteeId: match.menteeId,
      kind: 'became_mentor',
      mentorId: match.mentorId,
      fromOn: '2026-06-01',
      notes: 'Finished initial training in June.',
    });
    expect(mentor.mentorName).toMatch(/^Morgan /);
    expect(mentor.menteeReference).toMatch(/^M-2026-/);
    await s.ok('feedback.saveInvolvement', {
      menteeId: match.menteeId,
      kind: 'recruitment_panel',
      role: 'Interview panel member',
      fromOn: '2026-02-01',
      toOn: '2026-03-31',
    });
    expect(
      await s.call('feedback.saveInvolvement', {
        menteeId: randomUUID(),
        kind: 'speaking',
        fromOn: '2026-05-01',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fieldErrors: { menteeId: expect.any(String) } },
    });
    const list = await s.ok<{ total: number; items: Involvement[]; indicator: InvolvementIndicator }>(
      'feedback.involvements',
      {},
    );
    expect(list.total).toBe(2);
    // The panel ended on 31 March, before this financial year: one former mentee, now a mentor.
    expect(list.indicator).toMatchObject({
      from: '2026-04-01',
      to: '2027-03-31',
      formerMentees: 1,
      nowMentors: 1,
    });
  });

  it('co-ordinators write; safeguarding leads read; caseworkers and regional managers see no feedback', async () => {
    const { s } = await setUp();
    await s.ok('feedback.record', piece);
    await signInAs(s, ADMIN.username);
    await becomeNewAccount(s, 'saf.lead', ['safeguarding_lead']);
    expect((await s.ok<{ total: number }>('feedback.list', {})).total).toBe(1);
    expect(await s.call('feedback.record', piece)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await signInAs(s, ADMIN.username);
    await becomeNewAccount(s, 'cas.w', ['caseworker']);
    expect(await s.call('feedback.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await s.ok<PublishedAction[]>('feedback.published')).toEqual([]);
    await signInAs(s, ADMIN.username);
    await becomeNewAccount(s, 'reg.m', ['regional_manager']);
    expect(await s.call('feedback.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // Figures only: the exact counts are redacted, the shown ones hide cells under 5.
    const summary = await s.ok<FeedbackSummary>('feedback.summary', { from: '2026-10-01', to: '2026-12-31' });
    expect(summary.total).toBe(1);
    expect(summary.byFrom.find((c) => c.fromKind === 'mentee')).toMatchObject({
      exact: null,
      shown: null,
      averageRating: null,
    });
  });
});
