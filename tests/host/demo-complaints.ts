import type { Core } from '../../src/main/core';
import type { Complaint } from '../../src/shared/contract/complaints';
import type { Result } from '../../src/shared/errors';
import { addDays, ukToday } from '../../src/shared/mentors/dates';
import type { DemoContext } from './demo-context';

/**
 * Four demo complaints at different stages, recorded through the channels by the signed-in
 * co-ordinator: one a week old and still not acknowledged (overdue on the work queue), one that
 * arrived two days ago, one acknowledged and being investigated, and one answered (partly upheld,
 * with what was learned). Every name and number is invented.
 */
export async function buildDemoComplaints(core: Core, _ctx: DemoContext): Promise<void> {
  const today = ukToday(new Date());
  const day = (n: number) => addDays(today, n);
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const r = (await core.call(channel, input)) as Result<T>;
    if (!r.ok) throw new Error(`Demo complaints: ${channel} failed with ${r.error.code}: ${r.error.message}`);
    return r.value;
  };
  const record = (f: Record<string, unknown>) => call<Complaint>('complaints.record', f);
  const update = (c: Complaint, f: Record<string, unknown>) =>
    call<Complaint>('complaints.update', {
      id: c.id,
      complainantKind: c.complainantKind,
      complainantName: c.complainantName,
      complainantContact: c.complainantContact,
      aboutKind: c.aboutKind,
      aboutDetail: c.aboutDetail,
      receivedOn: c.receivedOn,
      receivedBy: c.receivedBy,
      summary: c.summary,
      ...f,
    });

  await record({
    complainantKind: 'carer',
    complainantName: 'Maureen Invented',
    complainantContact: '01632 960555',
    aboutKind: 'mentor',
    aboutDetail: 'Her son’s mentor',
    receivedOn: day(-8),
    receivedBy: 'phone',
    summary: 'The mentor cancelled three meetings at short notice and her son feels let down.',
  });
  await record({
    complainantKind: 'partner_agency',
    complainantName: 'Demo Housing Trust (fictional)',
    complainantContact: 'referrals@example.org',
    aboutKind: 'service',
    receivedOn: day(-2),
    receivedBy: 'email',
    summary: 'Referrals sent last month have had no reply.',
  });
  const investigating = await record({
    complainantKind: 'mentee',
    complainantName: 'Dean Sampleton',
    aboutKind: 'staff',
    aboutDetail: 'A caseworker',
    receivedOn: day(-12),
    receivedBy: 'form',
    summary: 'Says his caseworker shared his release address with his mentor without asking.',
  });
  await update(investigating, { acknowledgedOn: day(-9), investigatedBy: 'Harriet Sample' });
  const answered = await record({
    complainantKind: 'public',
    complainantName: 'Tom Placeholder',
    complainantContact: '12 Example Road, Kendal',
    aboutKind: 'service',
    receivedOn: day(-40),
    receivedBy: 'letter',
    summary: 'Leaflets left in the library gave a telephone number nobody answers.',
  });
  await update(answered, {
    acknowledgedOn: day(-37),
    investigatedBy: 'Alex Example',
    investigationNotes: 'The number on the old leaflet was the previous office line.',
    outcome: 'partly_upheld',
    respondedOn: day(-25),
    lessonsLearned: 'Check every leaflet in circulation when a number changes; reprinted and replaced.',
  });
}
