import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3-multiple-ciphers';
import {
  ADMIN,
  CHOSEN_PASSPHRASE,
  TEMPORARY_PASSPHRASE,
  makeSetUpCore,
  type TestCore,
} from '../../../../tests/support/core-fixture';
import { openRaw } from '../../../../tests/support/raw-db';
import type { SearchHit } from '../../../shared/contract/search';

/**
 * Find anyone fast through the real dispatcher on a real encrypted database: prefixes, accents,
 * slips, references and prison numbers, who may find whom, and the triggers keeping the index right.
 */
let s: TestCore;
let raw: Database.Database;
const ids: Record<string, string> = {};
const signedInBefore = new Set<string>();
const now = new Date().toISOString();

function addMentee(
  first: string,
  last: string,
  reference: string,
  prisonNumber: string,
  caseworker: string | null,
) {
  const id = randomUUID();
  raw
    .prepare(
      `INSERT INTO mentee (id, first_name, last_name, preferred_name, name_key, reference, stage, stage_since, gender,
         address_on_release, home_area, employment_status, family_background, prison_number, custody_status,
         case_manager_name, case_manager_contact, caseworker_account_id, interests, adaptations, notes, created_at, updated_at)
       VALUES (?, ?, ?, '', ?, ?, 'referred', '2026-01-01', '', '', '', 'not_known', '', ?, 'sentenced', '', '', ?, '[]', '', '', ?, ?)`,
    )
    .run(id, first, last, `${first} ${last}`.toLowerCase(), reference, prisonNumber, caseworker, now, now);
  return id;
}

function addMentor(first: string, last: string, clusterId: string, lead?: { accountId: string }) {
  const id = randomUUID();
  raw
    .prepare(
      `INSERT INTO mentor (id, first_name, last_name, preferred_name, name_key, stage, stage_since, email, phone,
         address_line1, address_line2, town, postcode, enquiry_date, heard_via, motivation, hopes, employment_status,
         interests, skills, languages, availability, availability_notes, travel_area, hard_to_work_with, notes,
         is_lead_mentor, cluster_id, account_id, created_at, updated_at)
       VALUES (?, ?, ?, '', ?, 'active', '2026-01-01', '', '', '', '', '', '', '2026-01-01', 'Leaflet', '', '', 'not_known',
         '[]', '[]', '[]', '[]', '', '', '', '', ?, ?, ?, ?, ?)`,
    )
    .run(
      id,
      first,
      last,
      `${first} ${last}`.toLowerCase(),
      lead ? 1 : 0,
      clusterId,
      lead?.accountId ?? null,
      now,
      now,
    );
  return id;
}

async function signIn(username: string) {
  await s.ok('vault.lock');
  if (username === ADMIN.username) return s.ok('vault.unlock', { username, passphrase: ADMIN.passphrase });
  if (signedInBefore.has(username)) return s.ok('vault.unlock', { username, passphrase: CHOSEN_PASSPHRASE });
  await s.ok('vault.unlock', { username, passphrase: TEMPORARY_PASSPHRASE });
  await s.ok('vault.changePassphrase', {
    currentPassphrase: TEMPORARY_PASSPHRASE,
    newPassphrase: CHOSEN_PASSPHRASE,
  });
  signedInBefore.add(username);
}

const find = async (query: string, limit?: number) =>
  (await s.ok<{ items: SearchHit[] }>('search.people', { query, limit })).items;
const names = async (query: string) => (await find(query)).map((h) => h.name);

beforeAll(async () => {
  s = await makeSetUpCore();
  const region = await s.ok<{ id: string }>('establishments.saveRegion', { name: 'North West' });
  const north = await s.ok<{ id: string }>('establishments.saveCluster', {
    name: 'Fellside',
    regionId: region.id,
  });
  const south = await s.ok<{ id: string }>('establishments.saveCluster', {
    name: 'Riverside',
    regionId: region.id,
  });
  for (const [username, displayName, roles] of [
    ['cora', 'Cora Ordinator', ['coordinator']],
    ['casey', 'Casey Worker', ['caseworker']],
    ['carl', 'Carl Otherworker', ['caseworker']],
    ['lena', 'Lena Lead', ['lead_mentor']],
    ['ada', 'Ada Minister', ['administrator']],
  ] as const)
    ids[username] = (
      await s.ok<{ id: string }>('accounts.create', {
        username,
        displayName,
        roles,
        temporaryPassphrase: TEMPORARY_PASSPHRASE,
      })
    ).id;
  raw = await openRaw(s.dir, ADMIN.username, ADMIN.passphrase);
  ids.zoe = addMentee('Zoë', 'Smith', 'M-2026-0001', 'A1234BC', ids.casey!);
  ids.jonathan = addMentee('Jonathan', 'Blackwood', 'M-2026-0002', 'B9876CD', ids.carl!);
  ids.priya = addMentor('Priya', 'Patel', north.id);
  ids.tom = addMentor('Tom', 'Jones', south.id);
  ids.lenaMentor = addMentor('Lena', 'Lead', north.id, { accountId: ids.lena! });
}, 60_000);
afterAll(async () => {
  raw?.close();
  await s?.cleanup();
});

describe('search.people', () => {
  it('finds by prefix, without accents, despite a slip, and by reference or prison number (co-ordinator)', async () => {
    await signIn('cora');
    expect(await names('zoe')).toEqual(['Zoë Smith']);
    expect(await names('Zoë Smi')).toEqual(['Zoë Smith']);
    expect(await names('smi')).toEqual(['Zoë Smith']);
    expect(await names('smiht')).toEqual(['Zoë Smith']);
    expect(await names('Jonh')).toContain('Jonathan Blackwood'); // and Tom Jones: both one slip away
    expect(await names('blakcwood')).toEqual(['Jonathan Blackwood']);
    expect(await names('M-2026-0002')).toEqual(['Jonathan Blackwood']);
    expect(await names('a1234')).toEqual(['Zoë Smith']);
    const [priya] = await find('pri');
    expect(priya).toEqual({
      id: `mentor:${ids.priya}`,
      kind: 'mentor',
      recordId: ids.priya,
      name: 'Priya Patel',
      detail: expect.any(String),
    });
    expect(await names('Casey')).toEqual([]); // staff are the administrators' to find
    expect(await names('zz')).toEqual([]);
  });

  it('never treats what is typed as search syntax', async () => {
    for (const q of ['smith" OR *', 'NEAR(a b)', '{name}: x', '-- ;', '**'])
      expect((await s.call('search.people', { query: q })).ok, q).toBe(true);
  });

  it('lets a caseworker find anyone by name but a prison number only on their own caseload', async () => {
    await signIn('casey');
    expect(await names('jonathan')).toEqual(['Jonathan Blackwood']);
    expect(await names('B9876CD')).toEqual([]);
    expect(await names('b98')).toEqual([]);
    expect(await names('A1234BC')).toEqual(['Zoë Smith']);
    expect(await names('tom')).toEqual(['Tom Jones']);
    expect(await names('carl')).toEqual([]);
  });

  it('lets a lead mentor find only their cluster’s mentors, and an administrator only staff', async () => {
    await signIn('lena');
    expect(await names('priya')).toEqual(['Priya Patel']);
    expect(await names('tom jones')).toEqual([]);
    expect(await names('zoe')).toEqual([]);
    await signIn('ada');
    expect(await names('zoe')).toEqual([]);
    expect(await names('priya')).toEqual([]);
    const [casey] = await find('casey w');
    expect(casey).toMatchObject({
      kind: 'staff',
      recordId: ids.casey,
      name: 'Casey Worker',
      detail: 'Caseworker',
    });
  });

  it('keeps the index right after changes and deletions', async () => {
    await signIn('cora');
    raw.prepare(`UPDATE mentee SET last_name = 'Harrow', updated_at = ? WHERE id = ?`).run(now, ids.zoe);
    expect(await names('smith')).toEqual([]);
    expect(await names('harrow')).toEqual(['Zoë Harrow']);
    raw.prepare(`UPDATE mentee SET notes = 'unrelated' WHERE id = ?`).run(ids.zoe);
    expect(await names('harrow')).toEqual(['Zoë Harrow']);
    raw.prepare(`DELETE FROM mentor WHERE id = ?`).run(ids.tom);
    expect(await names('tom')).toEqual([]);
    const indexed = raw.prepare('SELECT count(*) AS n FROM person_search').get() as { n: number };
    const people = raw
      .prepare(
        'SELECT (SELECT count(*) FROM mentee) + (SELECT count(*) FROM mentor) + (SELECT count(*) FROM account) AS n',
      )
      .get() as { n: number };
    expect(indexed.n).toBe(people.n);
    const check = raw.prepare(
      `INSERT INTO person_search (person_search, rank) VALUES ('integrity-check', 0)`,
    );
    expect(() => check.run()).not.toThrow();
  });

  it('refuses bad input in plain words', async () => {
    for (const input of [{ query: 'j' }, { query: 'x'.repeat(61) }, { query: 'jo', limit: 21 }, {}]) {
      const r = await s.call('search.people', input);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('VALIDATION');
    }
    expect((await find('jo', 1)).length).toBeLessThanOrEqual(1);
  });
});
