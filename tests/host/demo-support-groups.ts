import type { Core } from '../../src/main/core';
import type { Cluster } from '../../src/shared/contract';
import type { SupportCluster } from '../../src/shared/contract/support-groups';
import { addDays, ukToday } from '../../src/shared/mentors/dates';
import type { Result } from '../../src/shared/errors';
import type { DemoContext } from './demo-context';

/**
 * Demo lead mentors' support groups: Fellside (Bronwen Fictitious) has met every six weeks, last
 * three weeks ago; Coastal gets a lead mentor too and last met nine weeks ago, so it is overdue on
 * the co-ordinators' work queue. Summaries name nobody; notes and themes are invented.
 */
const FELLSIDE = [
  {
    ago: 21,
    venue: 'Kendal Road Probation Office, room 2',
    themes: ['Release-day plans', 'Travel costs'],
    notes: 'Two mentors meeting at the gate next month. Reminded everyone of the lone-working check-in.',
    summary:
      'Clearance at one prison is taking over six weeks for new mentors; this is holding up two matches.',
  },
  {
    ago: 63,
    venue: 'Kendal Road Probation Office, room 2',
    themes: ['Boundaries', 'Supervision dates'],
    notes: 'Talked through saying no to requests for money. Group supervision dates shared.',
    summary: '',
  },
  {
    ago: 105,
    venue: 'Fellgate visitors’ centre',
    themes: ['Getting started', 'Record of contact'],
    notes: 'New mentors asked how much to write on the contact form.',
    summary: 'Mentors would like a short refresher on writing the record of contact.',
  },
];
const COASTAL = [
  {
    ago: 63,
    venue: 'Harbourside Community Hall',
    themes: ['Housing on release', 'Mobile phones'],
    notes: 'Hard to keep in touch where a mentee has no phone after release.',
    summary:
      'Mentees released without a phone are hard to reach in the first week; a supply of basic phones would help.',
  },
  {
    ago: 105,
    venue: 'Harbourside Community Hall',
    themes: ['Travel costs'],
    notes: 'Bus fares to the YOI are high; expenses claims explained.',
    summary: '',
  },
];

export async function buildDemoSupportGroups(core: Core, _ctx: DemoContext): Promise<void> {
  const call = async <T>(channel: string, input: unknown = {}): Promise<T> => {
    const r = (await core.call(channel, input)) as Result<T>;
    if (!r.ok)
      throw new Error(`Demo support groups: ${channel} failed with ${r.error.code}: ${r.error.message}`);
    return r.value;
  };
  const today = ukToday(new Date());
  const clusters = await call<Cluster[]>('establishments.clusters');
  const coastal = clusters.find((c) => c.name === 'Coastal');
  // Coastal's lead mentor: a matched mentor there, with no account of their own (they do not sign in).
  if (coastal) {
    const { items } = await call<{ items: { id: string }[] }>('mentors.list', {
      stages: ['matched'],
      clusterId: coastal.id,
      pageSize: 200,
    });
    const lead = items[0];
    if (lead) await call('mentors.setLeadMentor', { id: lead.id, isLeadMentor: true, clusterId: coastal.id });
  }
  const groups = await call<SupportCluster[]>('supportGroups.clusters');
  for (const [name, meetings] of [
    ['Fellside', FELLSIDE],
    ['Coastal', COASTAL],
  ] as const) {
    const cluster = groups.find((g) => g.name === name);
    if (!cluster) continue;
    const { members } = await call<{ members: { mentorId: string }[] }>('supportGroups.cluster', {
      clusterId: cluster.id,
    });
    for (const m of meetings)
      await call('supportGroups.record', {
        clusterId: cluster.id,
        heldOn: addDays(today, -m.ago),
        venue: m.venue,
        // Most come; every third sends apologies and every seventh is absent.
        attendance: members.map((p, i) => ({
          mentorId: p.mentorId,
          status: (i + m.ago) % 7 === 0 ? 'absent' : (i + m.ago) % 3 === 0 ? 'apologies' : 'attended',
        })),
        themes: m.themes,
        notes: m.notes,
        concernsSummary: m.summary,
      });
  }
}
