import { afterEach, describe, expect, it } from 'vitest';
import {
  ADMIN,
  becomeNewAccount,
  makeSetUpCore,
  type TestCore,
} from '../../../../tests/support/core-fixture';
import type { AuditPage, Cluster, Establishment } from '../../../shared/contract';

let t: TestCore | undefined;
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
});

async function withRegionAndClusters() {
  const s = await makeSetUpCore();
  t = s;
  const region = await s.ok<{ id: string }>('establishments.saveRegion', { name: 'North West' });
  const north = await s.ok<Cluster>('establishments.saveCluster', { name: 'Fellside', regionId: region.id });
  const south = await s.ok<Cluster>('establishments.saveCluster', { name: 'Riverside', regionId: region.id });
  return { s, region, north, south };
}

const signInAs = (s: TestCore, username: string, roles: string[]) => becomeNewAccount(s, username, roles);

describe('establishments', () => {
  it('adds, finds, sorts, pages, changes and archives establishments in clusters and regions', async () => {
    const { s, north, south } = await withRegionAndClusters();
    const made = await s.ok<Establishment>('establishments.create', {
      name: 'HMP Northmoor',
      kind: 'prison',
      town: 'Kendal',
      postcode: 'la9 4zz',
      clusterId: north.id,
      securityContactName: 'Pat Gatehouse',
      securityContactEmail: 'security@northmoor.example',
      visitingArrangements: 'Social visits Tuesday to Thursday afternoons.\nBook two days ahead.',
    });
    expect(made).toMatchObject({
      postcode: 'LA9 4ZZ',
      clusterName: 'Fellside',
      regionName: 'North West',
      archived: false,
    });
    for (const [name, town, kind, cluster] of [
      ['HMYOI Brookfield', 'Preston', 'yoi', south.id],
      ['Lancaster Probation Office', 'Lancaster', 'probation_office', north.id],
      ['St Anne’s Community Hall', 'Barrow', 'community_venue', null],
    ] as const)
      await s.ok('establishments.create', { name, town, kind, clusterId: cluster });

    type Page = { total: number; items: { name: string; town: string }[] };
    const all = await s.ok<Page>('establishments.list', {});
    expect(all.items.map((e) => e.name)).toEqual([
      'HMP Northmoor',
      'HMYOI Brookfield',
      'Lancaster Probation Office',
      'St Anne’s Community Hall',
    ]);
    expect((await s.ok<Page>('establishments.list', { search: 'PRESTON' })).items.map((e) => e.name)).toEqual(
      ['HMYOI Brookfield'],
    );
    expect((await s.ok<Page>('establishments.list', { search: '100%' })).total).toBe(0);
    const byTown = await s.ok<Page>('establishments.list', {
      sortBy: 'town',
      sortDir: 'desc',
      pageSize: 2,
      page: 2,
    });
    expect(byTown).toMatchObject({ total: 4 });
    expect(byTown.items.map((e) => e.town)).toEqual(['Kendal', 'Barrow']);
    expect((await s.ok<Page>('establishments.list', { clusterId: north.id })).total).toBe(2);

    const changed = await s.ok<Establishment>('establishments.update', {
      id: made.id,
      name: 'HMP Northmoor',
      kind: 'prison',
      clusterId: south.id,
    });
    expect(changed.clusterName).toBe('Riverside');
    expect(changed.securityContactName).toBe(''); // the whole record is replaced by what the form sends
    await s.ok('establishments.setArchived', { id: made.id, archived: true });
    expect((await s.ok<Page>('establishments.list', {})).total).toBe(3);
    expect((await s.ok<Page>('establishments.list', { includeArchived: true })).total).toBe(4);
    const clusters = await s.ok<Cluster[]>('establishments.clusters');
    expect(clusters.map((c) => [c.name, c.establishments])).toEqual([
      ['Fellside', 1],
      ['Riverside', 1],
    ]);

    const audit = await s.ok<AuditPage>('audit.list', { recordId: made.id });
    expect(audit.entries.map((e) => e.action)).toEqual([
      'establishments.setArchived',
      'establishments.update',
      'establishments.create',
    ]);
  });

  it('refuses clashing names and unknown clusters with field messages, changing nothing', async () => {
    const { s, region, north } = await withRegionAndClusters();
    const clash = await s.call('establishments.saveCluster', { name: 'fellside', regionId: region.id });
    expect(clash.ok ? null : clash.error).toMatchObject({
      code: 'CONFLICT',
      fieldErrors: { name: expect.any(String) },
    });
    const ghost = await s.call('establishments.create', {
      name: 'HMP Nowhere',
      kind: 'prison',
      clusterId: '00000000-0000-4000-8000-000000000000',
    });
    expect(ghost.ok ? null : ghost.error.fieldErrors).toEqual({
      clusterId: 'Choose a cluster from the list.',
    });
    expect((await s.ok<{ total: number }>('establishments.list', {})).total).toBe(0);
    expect((await s.ok<Cluster[]>('establishments.clusters')).map((c) => c.id)).toEqual([
      north.id,
      expect.any(String),
    ]);
  });

  it('everyone signed in reads them; only co-ordinators change them; the security contact is contact data', async () => {
    const { s, north } = await withRegionAndClusters();
    const made = await s.ok<Establishment>('establishments.create', {
      name: 'HMP Northmoor',
      kind: 'prison',
      clusterId: north.id,
      securityContactName: 'Pat Gatehouse',
    });
    await signInAs(s, 'lee.lead', ['lead_mentor']);
    expect((await s.ok<Establishment>('establishments.get', { id: made.id })).securityContactName).toBe(
      'Pat Gatehouse',
    );
    const edit = await s.call('establishments.update', {
      id: made.id,
      name: 'HMP Elsewhere',
      kind: 'prison',
    });
    expect(edit.ok ? 'OK' : edit.error.code).toBe('FORBIDDEN');

    await s.ok('vault.lock');
    await s.ok('vault.unlock', { username: ADMIN.username, passphrase: ADMIN.passphrase });
    await signInAs(s, 'rae.regional', ['regional_manager']);
    const seen = await s.ok<Establishment>('establishments.get', { id: made.id });
    expect(seen).toMatchObject({ name: 'HMP Northmoor', clusterName: 'Fellside', securityContactName: null });
  });
});
