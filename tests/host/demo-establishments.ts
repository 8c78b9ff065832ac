import type { Core } from '../../src/main/core';
import type { Result } from '../../src/shared/errors';

/**
 * Demo establishments: one region, two clusters (two lead mentors' patches) and a handful of
 * places. Every name, address, telephone number and contact is invented (example.org addresses,
 * Ofcom's drama telephone ranges), so a newcomer sees a believable programme and nothing real.
 */
const REGION = { name: 'North West (demo)', notes: 'Fictional region for the demo.' };
const CLUSTERS = [
  { name: 'Fellside', notes: 'Lead mentor patch: the two northern prisons and the Kendal office.' },
  { name: 'Coastal', notes: 'Lead mentor patch: the coastal YOI, Barrow probation and the drop-in hall.' },
];

const ESTABLISHMENTS = [
  {
    cluster: 'Fellside',
    name: 'HMP Fellgate',
    kind: 'prison',
    operator: 'HM Prison and Probation Service',
    addressLine1: 'Moor Road',
    town: 'Fellgate',
    postcode: 'LA8 9ZZ',
    phone: '01632 960001',
    visitingArrangements:
      'Social visits Tuesday to Thursday, 2 pm to 4 pm; book two working days ahead. Mentors come through the staff gate with their ID and clearance letter.',
    legalVisitArrangements: 'Legal and official visits weekday mornings; book with the visits hall.',
    securityContactName: 'Morgan Keyes',
    securityContactPhone: '01632 960002',
    securityContactEmail: 'security.fellgate@example.org',
    notes: 'Category C training prison. Security awareness sessions on the first Monday of each month.',
  },
  {
    cluster: 'Fellside',
    name: 'HMP Highmoss',
    kind: 'prison',
    operator: 'Northern Custodial Services (fictional)',
    addressLine1: 'Highmoss Lane',
    town: 'Sedley',
    postcode: 'LA10 7ZZ',
    phone: '01632 960011',
    visitingArrangements:
      'Visits every afternoon except Monday. Lockers for phones and keys at the visitor centre.',
    legalVisitArrangements: 'Video legal visits can be booked through the legal visits team.',
    securityContactName: 'Jo Brannigan',
    securityContactPhone: '01632 960012',
    securityContactEmail: 'security.highmoss@example.org',
    notes: 'Clearance forms take about six weeks; chase after four.',
  },
  {
    cluster: 'Fellside',
    name: 'Kendal Road Probation Office',
    kind: 'probation_office',
    operator: 'Probation Service',
    addressLine1: '14 Kendal Road',
    town: 'Fellgate',
    postcode: 'LA8 1ZZ',
    phone: '01632 960021',
    visitingArrangements:
      'Interview rooms can be booked for mentor meetings after release, weekdays 9 am to 5 pm.',
    legalVisitArrangements: '',
    securityContactName: '',
    securityContactPhone: '',
    securityContactEmail: '',
    notes: '',
  },
  {
    cluster: 'Coastal',
    name: 'HMYOI Saltmarsh',
    kind: 'yoi',
    operator: 'HM Prison and Probation Service',
    addressLine1: 'Saltmarsh Road',
    town: 'Barrowby',
    postcode: 'LA14 6ZZ',
    phone: '01632 960031',
    visitingArrangements:
      'Visits Wednesday, Saturday and Sunday afternoons. Parents and carers may join the first mentoring meeting by arrangement.',
    legalVisitArrangements: 'Weekday mornings; youth offending team workers book through the establishment.',
    securityContactName: 'Sam Okafor',
    securityContactPhone: '01632 960032',
    securityContactEmail: 'security.saltmarsh@example.org',
    notes: 'Young people aged 15 to 18. Parental consent is needed for those 16 and under.',
  },
  {
    cluster: 'Coastal',
    name: 'Barrowby Probation Office',
    kind: 'probation_office',
    operator: 'Probation Service',
    addressLine1: '2 Harbour Street',
    town: 'Barrowby',
    postcode: 'LA14 2ZZ',
    phone: '01632 960041',
    visitingArrangements: 'Reception open weekdays; mentors sign in at the front desk.',
    legalVisitArrangements: '',
    securityContactName: '',
    securityContactPhone: '',
    securityContactEmail: '',
    notes: '',
  },
  {
    cluster: 'Coastal',
    name: 'Harbourside Community Hall',
    kind: 'community_venue',
    operator: 'Harbourside Community Trust (fictional)',
    addressLine1: 'Quay Street',
    town: 'Barrowby',
    postcode: 'LA14 3ZZ',
    phone: '01632 960051',
    visitingArrangements:
      'Drop-in room free Tuesday and Friday mornings; a public place for meetings after release.',
    legalVisitArrangements: '',
    securityContactName: '',
    securityContactPhone: '',
    securityContactEmail: '',
    notes: 'Step-free access; café on site.',
  },
];

async function must<T>(what: string, pending: Promise<Result<T>>): Promise<T> {
  const r = await pending;
  if (!r.ok) throw new Error(`demo ${what} failed: ${r.error.code}`);
  return r.value;
}

/** Needs a co-ordinator signed in. */
export async function buildDemoEstablishments(core: Core): Promise<void> {
  const call = <T>(channel: string, input: unknown) => core.call(channel, input) as Promise<Result<T>>;
  const region = await must<{ id: string }>('region', call('establishments.saveRegion', REGION));
  const clusterIds = new Map<string, string>();
  for (const c of CLUSTERS) {
    const saved = await must<{ id: string }>(
      `cluster ${c.name}`,
      call('establishments.saveCluster', { ...c, regionId: region.id }),
    );
    clusterIds.set(c.name, saved.id);
  }
  for (const { cluster, ...e } of ESTABLISHMENTS)
    await must(
      `establishment ${e.name}`,
      call('establishments.create', { ...e, clusterId: clusterIds.get(cluster) }),
    );
}
