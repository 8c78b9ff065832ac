import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  PNG_BASE64 as PNG,
  oversizePdfBase64,
  queueItems,
  staffOnDay,
} from '../../../../tests/support/governance-fixture';
import type { StaffCore } from '../../../../tests/support/match-fixture';
import { menteeInsert } from '../../../../tests/support/person-rows';
import type { Partner, PartnerRow } from '../../../shared/contract/partners';

/** Partners through the real pipeline; mentees' referrals seeded with plain INSERTs to be counted. */

const TODAY = '2026-11-23';
const staffCore = staffOnDay(TODAY);

async function setUp() {
  const s = await staffCore();
  return s;
}

let n = 0;
/** A mentee referred on a day, from a source and agency, written as the mentees area would. */
function refer(s: StaffCore, referredOn: string, source: string, agency: string) {
  const menteeId = randomUUID();
  n += 1;
  const at = `${TODAY}T09:00:00Z`;
  const [sql, values] = menteeInsert({
    id: menteeId,
    first_name: 'Jordan',
    last_name: `Example${n}`,
    reference: `M-2026-${String(n).padStart(4, '0')}`,
    created_at: at,
    updated_at: at,
  });
  s.db.prepare(sql).run(...values);
  s.db
    .prepare(
      `INSERT INTO mentee_referral (id, mentee_id, source, agency, referrer_name, referrer_contact, referred_on,
         criteria_met, reason, hopes, not_a_licence_condition, self_referral_note, created_at, updated_at)
       VALUES (?, ?, ?, ?, '', '', ?, '[]', '', '', 1, '', ?, ?)`,
    )
    .run(randomUUID(), menteeId, source, agency, referredOn, at, at);
}

const yot = {
  name: 'Northtown Youth Offending Team',
  kind: 'yot',
  town: 'Northtown',
  referralSource: 'youth_offending_team',
  referralNames: ['Northtown YOT', 'Northtown Youth Offending Team'],
} as const;

describe('partners', () => {
  it('a co-ordinator adds a partner, link workers, an agreement with its document, and liaison', async () => {
    const s = await setUp();
    let p = await s.ok<Partner>('partners.save', yot);
    expect(p).toMatchObject({
      name: yot.name,
      referralNames: ['Northtown YOT', 'Northtown Youth Offending Team'],
    });
    p = await s.ok<Partner>('partners.saveLinkWorker', {
      partnerId: p.id,
      name: 'Dana Example',
      role: 'Case manager',
      phone: '0161 496 0000',
    });
    p = await s.ok<Partner>('partners.saveLinkWorker', { partnerId: p.id, name: 'Eli Example' });
    expect(p.linkWorkers.map((w) => w.name)).toEqual(['Dana Example', 'Eli Example']);
    p = await s.ok<Partner>('partners.removeLinkWorker', { id: p.linkWorkers[1]!.id });
    expect(p.linkWorkers).toHaveLength(1);

    p = await s.ok<Partner>('partners.saveAgreement', {
      partnerId: p.id,
      title: 'Referral protocol',
      kind: 'protocol',
      status: 'in_force',
      signedOn: '2025-12-01',
      reviewOn: '2026-12-01',
    });
    const agreementId = p.agreements[0]!.id;
    expect(p.agreements[0]).toMatchObject({ inDate: true, document: null });
    p = await s.ok<Partner>('partners.attachAgreementDocument', {
      id: agreementId,
      file: { fileName: 'signed.png', base64: PNG },
    });
    expect(p.agreements[0]!.document).toMatchObject({ fileName: 'signed.png', contentType: 'image/png' });
    expect(await s.ok('partners.agreementDocument', { id: agreementId })).toEqual({
      fileName: 'signed.png',
      contentType: 'image/png',
      base64: PNG,
    });

    // Caseworkers read partners and record their own liaison, but change nothing else.
    await s.as('cas.one');
    p = await s.ok<Partner>('partners.recordLiaison', {
      partnerId: p.id,
      contactedOn: '2026-11-20',
      contactWith: 'Dana Example',
      method: 'phone',
      about: 'How referrals reach us',
      followUp: 'Send leaflets',
    });
    expect(p.liaison[0]).toMatchObject({ method: 'phone', recordedByName: 'cas.one' });
    expect(await s.call('partners.save', { ...yot, id: p.id })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const list = await s.ok<{ quarter: { liaisonContacts: number }; items: PartnerRow[] }>('partners.list');
    expect(list.quarter).toEqual({ from: '2026-10-01', to: '2026-12-31', liaisonContacts: 1 });
    expect(list.items[0]).toMatchObject({
      inDateAgreement: true,
      nextReviewOn: '2026-12-01',
      liaisonThisQuarter: 1,
    });
  });

  it('lead mentors and regional managers cannot read partners', async () => {
    const s = await setUp();
    for (const who of ['lee.lead', 'rhea.rm']) {
      await s.as(who);
      expect(await s.call('partners.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
  });

  it('counts referrals by source and agency name, this financial year and all time', async () => {
    const s = await setUp();
    refer(s, '2026-05-01', 'youth_offending_team', 'Northtown YOT');
    refer(s, '2026-04-01', 'youth_offending_team', '  northtown yot ');
    refer(s, '2026-03-31', 'youth_offending_team', 'Northtown Youth Offending Team');
    refer(s, '2026-06-01', 'youth_offending_team', 'Southvale YOT');
    refer(s, '2026-06-01', 'probation', 'Northtown YOT');
    refer(s, '2026-07-01', 'probation', 'Probation Service North');
    const a = await s.ok<Partner>('partners.save', yot);
    // 1 April counts in this financial year; 31 March does not. Another YOT and another source do not count.
    expect(a.referrals).toEqual({ thisYear: 2, allTime: 3, yearFrom: '2026-04-01' });
    // A partner matched by source alone counts every referral from that source.
    const probation = await s.ok<Partner>('partners.save', {
      name: 'Probation',
      kind: 'probation',
      referralSource: 'probation',
    });
    expect(probation.referrals).toMatchObject({ thisYear: 2, allTime: 2 });
    // With neither, nothing is claimed.
    const other = await s.ok<Partner>('partners.save', { name: 'Housing First', kind: 'housing' });
    expect(other.referrals).toMatchObject({ thisYear: 0, allTime: 0 });
    const list = await s.ok<{ items: PartnerRow[] }>('partners.list', {});
    expect(list.items.map((r) => [r.name, r.referralsThisYear, r.referralsAllTime])).toEqual([
      ['Housing First', 0, 0],
      [yot.name, 2, 3],
      ['Probation', 2, 2],
    ]);
  });

  it('refuses bad input with field messages', async () => {
    const s = await setUp();
    const p = await s.ok<Partner>('partners.save', yot);
    const bad = async (channel: string, input: unknown, field: string) =>
      expect(await s.call(channel, input), `${channel} ${field}`).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', fieldErrors: { [field]: expect.any(String) } },
      });
    await bad('partners.save', { ...yot, name: '' }, 'name');
    await bad('partners.save', { ...yot, email: 'nope' }, 'email');
    await bad('partners.save', { ...yot, establishmentId: randomUUID() }, 'establishmentId');
    await bad('partners.saveLinkWorker', { partnerId: p.id, name: '' }, 'name');
    const agreement = { partnerId: p.id, title: 'Protocol', kind: 'protocol', status: 'in_force' };
    await bad(
      'partners.saveAgreement',
      { ...agreement, signedOn: '2026-05-01', reviewOn: '2026-04-01' },
      'reviewOn',
    );
    await bad('partners.saveAgreement', { ...agreement, kind: 'handshake' }, 'kind');
    const withAgreement = await s.ok<Partner>('partners.saveAgreement', agreement);
    const id = withAgreement.agreements[0]!.id;
    await bad(
      'partners.attachAgreementDocument',
      { id, file: { fileName: 'a.txt', base64: 'aGVsbG8=' } },
      'file.base64',
    );
    await bad(
      'partners.attachAgreementDocument',
      { id, file: { fileName: 'big.pdf', base64: oversizePdfBase64() } },
      'file.base64',
    );
    await bad(
      'partners.recordLiaison',
      { partnerId: p.id, contactedOn: '2026-11-24', method: 'phone', about: 'x' },
      'contactedOn',
    );
    await bad(
      'partners.recordLiaison',
      { partnerId: p.id, contactedOn: '2026-11-20', method: 'pigeon', about: 'x' },
      'method',
    );
    expect(await s.call('partners.agreementDocument', { id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('puts agreements in force on the queue from the notice period before review; overdue after', async () => {
    const s = await setUp();
    const p = await s.ok<Partner>('partners.save', yot);
    const agreement = (title: string, reviewOn: string, status = 'in_force') =>
      s.ok('partners.saveAgreement', { partnerId: p.id, title, kind: 'service_agreement', status, reviewOn });
    await agreement('Due today', TODAY);
    await agreement('Due tomorrow', '2026-11-24');
    await agreement('Overdue', '2026-11-22');
    await agreement('At the notice edge', '2026-12-23'); // 30 days ahead: on the queue
    await agreement('Beyond notice', '2026-12-24');
    await agreement('Ended', '2026-11-01', 'ended');
    const reviews = () => queueItems(s, (i) => i.kind === 'partner_agreement_review');
    const items = await reviews();
    expect(items.map((i) => [i.due, i.urgent, i.title]).sort()).toEqual([
      ['2026-11-22', true, 'Service agreement review overdue'],
      ['2026-11-23', false, 'Service agreement due for review'],
      ['2026-11-24', false, 'Service agreement due for review'],
      ['2026-12-23', false, 'Service agreement due for review'],
    ]);
    expect(items[0]!.link).toEqual({ area: 'partner', id: p.id, tab: null });
    await s.as('cas.one');
    expect(await reviews()).toEqual([]);
  });
});
