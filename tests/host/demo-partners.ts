import type { Core } from '../../src/main/core';
import type { Partner } from '../../src/shared/contract/partners';
import { addDays, ukToday } from '../../src/shared/mentors/dates';
import type { Result } from '../../src/shared/errors';
import type { DemoContext } from './demo-context';

/**
 * Demo partner agencies: a YOT, probation, a prison (linked to its establishment), a housing
 * charity, a drug and alcohol service and a job centre, with link workers, agreements (the YOT's
 * protocol due for review in a fortnight, probation's information-sharing agreement overdue) and
 * liaison contacts. Referral names match the demo mentees' referring agencies, so the counts show.
 * Every name, number and address is invented (example.org, Ofcom drama ranges).
 */
interface DemoPartner {
  name: string;
  kind: string;
  establishment?: string;
  town: string;
  phone: string;
  email: string;
  referralSource?: string;
  referralNames?: string[];
  workers: { name: string; role: string; phone?: string; email?: string }[];
  agreements: { title: string; kind: string; status: string; signedAgo?: number; reviewIn?: number }[];
  liaison: { ago: number; with: string; method: string; about: string; followUp?: string }[];
}

const PARTNERS: DemoPartner[] = [
  {
    name: 'Kendal Youth Offending Team (demo)',
    kind: 'yot',
    town: 'Kendal',
    phone: '01632 960101',
    email: 'yot@example.org',
    referralSource: 'youth_offending_team',
    referralNames: ['Kendal Youth Offending Team (demo)'],
    workers: [
      {
        name: 'Ffion Placeholder',
        role: 'Resettlement worker',
        phone: '01632 960102',
        email: 'ffion@example.org',
      },
      { name: 'Gareth Madeup', role: 'Team manager', email: 'gareth@example.org' },
    ],
    agreements: [
      { title: 'Referral protocol', kind: 'protocol', status: 'in_force', signedAgo: 351, reviewIn: 14 },
    ],
    liaison: [
      { ago: 9, with: 'Ffion Placeholder', method: 'phone', about: 'Two referrals coming before Christmas.' },
      {
        ago: 40,
        with: 'Gareth Madeup',
        method: 'meeting',
        about: 'Reviewed how referrals are going.',
        followUp: 'Send the new leaflet.',
      },
    ],
  },
  {
    name: 'Cumbria Probation (demo)',
    kind: 'probation',
    town: 'Penrith',
    phone: '01632 960201',
    email: 'probation@example.org',
    referralSource: 'probation',
    workers: [{ name: 'Hywel Notreal', role: 'Senior probation officer', phone: '01632 960202' }],
    agreements: [
      {
        title: 'Information-sharing agreement',
        kind: 'information_sharing',
        status: 'in_force',
        signedAgo: 740,
        reviewIn: -10,
      },
    ],
    liaison: [
      {
        ago: 20,
        with: 'Hywel Notreal',
        method: 'email',
        about: 'Asked for the agreement review meeting date.',
        followUp: 'Chase in a fortnight.',
      },
    ],
  },
  {
    name: 'HMP Fellgate (demo)',
    kind: 'prison',
    establishment: 'HMP Fellgate',
    town: 'Fellgate',
    phone: '01632 960301',
    email: 'fellgate@example.org',
    referralNames: [
      'HMP Fellgate offender management unit',
      'HMP Fellgate education department',
      'HMP Fellgate wing staff',
    ],
    workers: [{ name: 'Iolo Invented', role: 'Head of reducing reoffending', phone: '01632 960302' }],
    agreements: [
      {
        title: 'Service agreement for mentoring in custody',
        kind: 'service_agreement',
        status: 'in_force',
        signedAgo: 160,
        reviewIn: 205,
      },
    ],
    liaison: [
      {
        ago: 30,
        with: 'Iolo Invented',
        method: 'visit',
        about: 'Walked the visits hall route with new mentors.',
      },
    ],
  },
  {
    name: 'Harbour Housing Trust (demo)',
    kind: 'housing',
    town: 'Barrowby',
    phone: '01632 960401',
    email: 'housing@example.org',
    workers: [{ name: 'Jac Pretend', role: 'Move-on worker', email: 'jac@example.org' }],
    agreements: [
      {
        title: 'Referral agreement for move-on housing',
        kind: 'referral',
        status: 'in_force',
        signedAgo: 60,
        reviewIn: 300,
      },
    ],
    liaison: [
      {
        ago: 12,
        with: 'Jac Pretend',
        method: 'phone',
        about: 'Room available for a mentee released next month.',
      },
    ],
  },
  {
    name: 'Fellside Drug and Alcohol Service (demo)',
    kind: 'drug_alcohol',
    town: 'Kendal',
    phone: '01632 960501',
    email: 'recovery@example.org',
    workers: [{ name: 'Kit Fakename', role: 'Recovery worker' }],
    agreements: [{ title: 'Joint working protocol', kind: 'protocol', status: 'draft' }],
    liaison: [],
  },
  {
    name: 'Kendal Jobcentre Plus (demo)',
    kind: 'employment',
    town: 'Kendal',
    phone: '01632 960601',
    email: 'jobs@example.org',
    workers: [{ name: 'Lowri Sample', role: 'Prison work coach' }],
    agreements: [],
    liaison: [
      {
        ago: 50,
        with: 'Lowri Sample',
        method: 'meeting',
        about: 'Introduced the programme to the work coaches.',
      },
    ],
  },
];

export async function buildDemoPartners(core: Core, _ctx: DemoContext): Promise<void> {
  const call = async <T>(channel: string, input: unknown = {}): Promise<T> => {
    const r = (await core.call(channel, input)) as Result<T>;
    if (!r.ok) throw new Error(`Demo partners: ${channel} failed with ${r.error.code}: ${r.error.message}`);
    return r.value;
  };
  const today = ukToday(new Date());
  const { items: places } = await call<{ items: { id: string; name: string }[] }>('establishments.list', {
    pageSize: 200,
  });
  for (const d of PARTNERS) {
    const p = await call<Partner>('partners.save', {
      name: d.name,
      kind: d.kind,
      establishmentId: places.find((e) => e.name === d.establishment)?.id ?? null,
      town: d.town,
      phone: d.phone,
      email: d.email,
      referralSource: d.referralSource ?? null,
      referralNames: d.referralNames ?? [],
    });
    for (const w of d.workers) await call('partners.saveLinkWorker', { partnerId: p.id, ...w });
    for (const a of d.agreements)
      await call('partners.saveAgreement', {
        partnerId: p.id,
        title: a.title,
        kind: a.kind,
        status: a.status,
        signedOn: a.signedAgo === undefined ? null : addDays(today, -a.signedAgo),
        reviewOn: a.reviewIn === undefined ? null : addDays(today, a.reviewIn),
      });
    for (const l of d.liaison)
      await call('partners.recordLiaison', {
        partnerId: p.id,
        contactedOn: addDays(today, -l.ago),
        contactWith: l.with,
        method: l.method,
        about: l.about,
        followUp: l.followUp ?? '',
      });
  }
}
