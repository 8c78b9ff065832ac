import { describe, expect, it } from 'vitest';
import { GOVERNANCE_STAFF, queueItems, staffOnDay } from '../../../../tests/support/governance-fixture';
import type { Cluster } from '../../../shared/contract';
import type { Mentor } from '../../../shared/contract/mentors';
import type { SupportCluster, SupportMeeting } from '../../../shared/contract/support-groups';

/** Support groups through the real pipeline: a lead mentor's own cluster, the regional manager's summaries. */

const TODAY = '2026-11-23';
/** A second lead mentor, for another cluster. */
const staffCore = staffOnDay(TODAY, [...GOVERNANCE_STAFF, ['lou.lead', ['lead_mentor']]]);

async function setUp() {
  const s = await staffCore();
  const region = await s.ok<{ id: string }>('establishments.saveRegion', { name: 'North West' });
  const fell = await s.ok<Cluster>('establishments.saveCluster', { name: 'Fellside', regionId: region.id });
  const river = await s.ok<Cluster>('establishments.saveCluster', { name: 'Riverside', regionId: region.id });
  const mentor = async (firstName: string, lastName: string, clusterId: string, lead?: string) => {
    const m = await s.ok<Mentor>('mentors.create', { firstName, lastName, enquiryDate: '2025-01-01' });
    await s.ok('mentors.setLeadMentor', {
      id: m.id,
      isLeadMentor: !!lead,
      clusterId,
      ...(lead ? { accountId: s.ids[lead] } : {}),
    });
    return m;
  };
  const lee = await mentor('Lee', 'Lead', fell.id, 'lee.lead');
  const robin = await mentor('Robin', 'Example', fell.id);
  await mentor('Lou', 'Lead', river.id, 'lou.lead');
  const sam = await mentor('Sam', 'South', river.id);
  return { s, fell, river, lee, robin, sam };
}

const fields = (attendance: { mentorId: string; status: string }[]) => {
  const { clusterId: _omit, ...rest } = meeting('', attendance);
  return rest;
};
const meeting = (clusterId: string, attendance: { mentorId: string; status: string }[]) => ({
  clusterId,
  heldOn: '2026-11-02',
  venue: 'Library meeting room',
  attendance,
  themes: ['Release day nerves', 'Travel costs'],
  notes: 'Robin found the first meeting after release hard.',
  concernsSummary: 'Two mentors are waiting over a month for clearance at one prison.',
});

describe('support groups', () => {
  it('a lead mentor records their own cluster’s meeting and sees when the next is due', async () => {
    const { s, fell, lee, robin } = await setUp();
    await s.as('lee.lead');
    const clusters = await s.ok<SupportCluster[]>('supportGroups.clusters');
    expect(clusters.map((c) => c.name)).toEqual(['Fellside']);
    expect(clusters[0]).toMatchObject({
      lastMetOn: null,
      nextDueOn: TODAY,
      overdue: false,
      leadMentors: ['Lee Lead'],
    });

    const saved = await s.ok<SupportMeeting>(
      'supportGroups.record',
      meeting(fell.id, [
        { mentorId: lee.id, status: 'attended' },
        { mentorId: robin.id, status: 'apologies' },
      ]),
    );
    expect(saved).toMatchObject({ attended: 1, themes: ['Release day nerves', 'Travel costs'] });
    const view = await s.ok<{ nextDueOn: string; members: unknown[]; meetings: SupportMeeting[] }>(
      'supportGroups.cluster',
      { clusterId: fell.id },
    );
    expect(view.nextDueOn).toBe('2026-12-14');
    expect(view.members).toHaveLength(2);
    expect(view.meetings[0]!.attendance.map((a) => [a.mentorName, a.status])).toEqual([
      ['Robin Example', 'apologies'],
      ['Lee Lead', 'attended'],
    ]);

    const fixed = await s.ok<SupportMeeting>('supportGroups.update', {
      id: saved.id,
      ...fields([{ mentorId: robin.id, status: 'attended' }]),
      heldOn: '2026-11-03',
    });
    expect(fixed).toMatchObject({ heldOn: '2026-11-03', attended: 1 });
  });

  it('the lead mentor of another cluster, a caseworker and a regional manager are refused', async () => {
    const { s, fell, lee } = await setUp();
    await s.as('lee.lead');
    const saved = await s.ok<SupportMeeting>('supportGroups.record', meeting(fell.id, []));
    await s.as('lou.lead');
    for (const [channel, input] of [
      ['supportGroups.cluster', { clusterId: fell.id }],
      ['supportGroups.record', meeting(fell.id, [])],
      ['supportGroups.update', { ...fields([]), id: saved.id }],
    ] as const)
      expect(await s.call(channel, input), channel).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    expect((await s.ok<SupportCluster[]>('supportGroups.clusters')).map((c) => c.name)).toEqual([
      'Riverside',
    ]);
    for (const who of ['cas.one', 'rhea.rm']) {
      await s.as(who);
      expect(await s.call('supportGroups.cluster', { clusterId: fell.id })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    }
    // A co-ordinator sees every cluster.
    await s.as('cora.c');
    expect((await s.ok<SupportCluster[]>('supportGroups.clusters')).map((c) => c.name)).toEqual([
      'Fellside',
      'Riverside',
    ]);
    void lee;
  });

  it('the regional manager reads cluster, date and summary and nothing else', async () => {
    const { s, fell, river, lee, robin } = await setUp();
    await s.as('lee.lead');
    await s.ok('supportGroups.record', meeting(fell.id, [{ mentorId: robin.id, status: 'attended' }]));
    await s.ok('supportGroups.record', {
      ...meeting(fell.id, []),
      heldOn: '2026-09-20',
      concernsSummary: '',
    });
    await s.as('rhea.rm');
    const r = await s.ok<{ total: number; items: Record<string, unknown>[] }>('supportGroups.summaries');
    expect(r.total).toBe(1);
    expect(r.items).toEqual([
      {
        clusterName: 'Fellside',
        heldOn: '2026-11-02',
        concernsSummary: 'Two mentors are waiting over a month for clearance at one prison.',
      },
    ]);
    const text = JSON.stringify(r);
    for (const leak of ['Robin', 'Lee', 'Library', 'Release day', 'attended', lee.id, robin.id])
      expect(text).not.toContain(leak);
    void river;
  });

  it('refuses bad input: a future date, someone from another cluster, a summary naming a mentor', async () => {
    const { s, fell, robin, sam } = await setUp();
    await s.as('lee.lead');
    const bad = async (input: unknown, field: string) =>
      expect(await s.call('supportGroups.record', input)).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', fieldErrors: { [field]: expect.any(String) } },
      });
    await bad({ ...meeting(fell.id, []), heldOn: '2026-11-24' }, 'heldOn');
    await bad(meeting(fell.id, [{ mentorId: sam.id, status: 'attended' }]), 'attendance');
    await bad(
      { ...meeting(fell.id, []), concernsSummary: 'robin  example is struggling.' },
      'concernsSummary',
    );
    await bad({ ...meeting(fell.id, []), themes: ['x'.repeat(81)] }, 'themes.0');
    await bad(
      { ...meeting(fell.id, []), attendance: [{ mentorId: robin.id, status: 'late' }] },
      'attendance.0.status',
    );
  });

  it('puts a cluster with a lead mentor on the co-ordinators’ queue from the day its group is due', async () => {
    const { s, fell, river } = await setUp();
    const due = () => queueItems(s, (i) => i.kind === 'support_group_due');
    // Neither has met: both due today, not yet urgent.
    expect((await due()).map((i) => [i.subject, i.due, i.urgent]).sort()).toEqual([
      ['Fellside', TODAY, false],
      ['Riverside', TODAY, false],
    ]);
    // Met six weeks ago today: due today. Met six weeks ago tomorrow: not yet.
    await s.ok('supportGroups.record', { ...meeting(fell.id, []), heldOn: '2026-10-12' });
    await s.ok('supportGroups.record', { ...meeting(river.id, []), heldOn: '2026-10-13' });
    expect((await due()).map((i) => [i.id, i.due, i.urgent, i.link])).toEqual([
      [`support_group:${fell.id}`, TODAY, false, { area: 'support_group', id: fell.id, tab: null }],
    ]);
    await s.as('lee.lead');
    expect(await s.call('workqueue.items')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
