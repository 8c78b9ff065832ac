import { describe, expect, it } from 'vitest';
import { cleanUpAfterEach, errorOf, setUpStaff } from '../../../../tests/support/match-fixture';
import type { Complaint, ComplaintIndicator, ComplaintRow } from '../../../shared/contract/complaints';
import { queueItems } from '../../../../tests/support/governance-fixture';

/** Complaints through the real pipeline: timescales, closure, the work queue and the standard 25 counts. */
const keep = cleanUpAfterEach();
const NOW = new Date('2026-03-10T12:00:00Z');
const setUp = async () => keep(await setUpStaff({ now: NOW }));

const complaint = {
  complainantKind: 'carer',
  complainantName: 'Pat Example',
  complainantContact: '01234 567890',
  aboutKind: 'mentor',
  aboutDetail: 'The mentor who meets Jordan.',
  receivedOn: '2026-03-05',
  receivedBy: 'letter',
  summary: 'The mentor missed two meetings without telling anyone.',
} as const;
type List = { total: number; items: ComplaintRow[] };
const queue = (s: Awaited<ReturnType<typeof setUp>>) => queueItems(s, (i) => i.kind.startsWith('complaint_'));

describe('complaints', () => {
  it('a co-ordinator records a complaint, acknowledges, investigates and answers it', async () => {
    const s = await setUp();
    const c = await s.ok<Complaint>('complaints.record', complaint);
    expect(c).toMatchObject({
      ...complaint,
      reference: 'C-2026-0001',
      status: 'awaiting_acknowledgement',
      acknowledgeBy: '2026-03-10',
      respondBy: '2026-03-25',
      recordedByName: 'cora.c',
    });
    expect(await queue(s)).toEqual([
      expect.objectContaining({
        id: `complaint:${c.id}`,
        kind: 'complaint_acknowledge',
        due: '2026-03-10',
        urgent: true,
        title: 'Acknowledge complaint C-2026-0001',
      }),
    ]);

    const ack = await s.ok<Complaint>('complaints.update', {
      ...complaint,
      id: c.id,
      acknowledgedOn: '2026-03-06',
    });
    expect(ack.status).toBe('investigating');
    expect(await queue(s)).toEqual([
      expect.objectContaining({ kind: 'complaint_response', due: '2026-03-25', urgent: false }),
    ]);

    // A response needs its outcome; dates cannot be in the future or before the complaint.
    const err = await errorOf(s, 'complaints.update', {
      ...complaint,
      id: c.id,
      acknowledgedOn: '2026-03-04',
      respondedOn: '2026-03-11',
    });
    expect(Object.keys(err.fieldErrors ?? {}).sort()).toEqual(['acknowledgedOn', 'outcome', 'respondedOn']);

    const done = await s.ok<Complaint>('complaints.update', {
      ...complaint,
      id: c.id,
      acknowledgedOn: '2026-03-06',
      investigatedBy: 'Cora C',
      investigationNotes: 'Spoke to the mentor.',
      outcome: 'partly_upheld',
      respondedOn: '2026-03-09',
      lessonsLearned: 'Remind mentors to tell us when they cannot come.',
    });
    expect(done.status).toBe('closed');
    expect(await queue(s)).toEqual([]);
    expect((await s.ok<List>('complaints.list', {})).total).toBe(0);
    const all = await s.ok<List>('complaints.list', { status: 'all' });
    expect(all.items).toEqual([
      expect.objectContaining({ reference: 'C-2026-0001', outcome: 'partly_upheld' }),
    ]);
    expect(JSON.stringify(all)).not.toMatch(/Pat|missed/);
  });

  it('counts open complaints and those handled within the timescales, for regional managers too', async () => {
    const s = await setUp();
    const a = await s.ok<Complaint>('complaints.record', { ...complaint, receivedOn: '2026-02-02' });
    await s.ok('complaints.update', {
      ...complaint,
      receivedOn: '2026-02-02',
      id: a.id,
      acknowledgedOn: '2026-02-07', // the last day: in time
      respondedOn: '2026-02-23', // a day late
      outcome: 'not_upheld',
    });
    const b = await s.ok<Complaint>('complaints.record', { ...complaint, receivedOn: '2026-03-01' });
    await s.ok('complaints.update', {
      ...complaint,
      receivedOn: '2026-03-01',
      id: b.id,
      acknowledgedOn: '2026-03-07',
    });
    await s.ok('complaints.record', complaint);
    await s.as('alex.admin');
    await s.ok('accounts.create', {
      username: 'rita.rm',
      displayName: 'Rita RM',
      roles: ['regional_manager'],
      temporaryPassphrase: 'Granite puffin 42 orchard lamp',
    });
    await s.ok('vault.lock');
    await s.ok('vault.unlock', { username: 'rita.rm', passphrase: 'Granite puffin 42 orchard lamp' });
    await s.ok('vault.changePassphrase', {
      currentPassphrase: 'Granite puffin 42 orchard lamp',
      newPassphrase: 'Thistle harbour 31 amber fox',
    });
    const n = await s.ok<ComplaintIndicator>('complaints.indicator', {
      from: '2026-01-01',
      to: '2026-12-31',
    });
    expect(n).toMatchObject({
      open: 2,
      received: 3,
      acknowledged: 2,
      acknowledgedInTime: 1,
      responded: 1,
      respondedInTime: 0,
      acknowledgedInTimePercent: 33,
      respondedInTimePercent: 0,
    });
    expect(n.byOutcome).toContainEqual({ outcome: 'not_upheld', count: 1 });
    expect((await errorOf(s, 'complaints.list', {})).code).toBe('FORBIDDEN');
  });

  it('caseworkers cannot read or record complaints; a linked mentor must exist', async () => {
    const s = await setUp();
    const err = await errorOf(s, 'complaints.record', {
      ...complaint,
      mentorId: '00000000-0000-4000-8000-000000000000',
    });
    expect(err).toMatchObject({ code: 'VALIDATION', fieldErrors: { mentorId: expect.any(String) } });
    await s.as('cas.one');
    expect((await errorOf(s, 'complaints.list', {})).code).toBe('FORBIDDEN');
    expect((await errorOf(s, 'complaints.record', complaint)).code).toBe('FORBIDDEN');
  });
});
