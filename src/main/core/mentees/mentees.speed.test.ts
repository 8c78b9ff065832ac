import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN,
  becomeNewAccount,
  makeSetUpCore,
  type TestCore,
} from '../../../../tests/support/core-fixture';
import { openRaw } from '../../../../tests/support/raw-db';
import { MENTEE_STAGES } from '../../../shared/mentees/referral';

/**
 * The caseload list and the work queue at a large programme's size (20,000 mentees, a tenth on
 * one caseworker's caseload), as that caseworker and as a co-ordinator. The issue asks for the
 * list under 50 ms (held to it here); the work queue, thousands of items at this size, has a looser bound. Times are
 * printed so a slowdown shows before it fails.
 */
const N = 20_000;
let s: TestCore;
beforeAll(async () => {
  s = await makeSetUpCore();
  const caseworker = await becomeNewAccount(s, 'cas.speed', ['caseworker']);
  const db = await openRaw(s.dir, ADMIN.username, ADMIN.passphrase);
  const now = new Date().toISOString();
  const mentee = db.prepare(
    `INSERT INTO mentee (id, first_name, last_name, preferred_name, name_key, reference, stage, stage_since,
       gender, address_on_release, home_area, employment_status, family_background, prison_number, custody_status,
       expected_release, case_manager_name, case_manager_contact, caseworker_account_id, interests, adaptations,
       notes, created_at, updated_at)
     VALUES (?, ?, ?, '', ?, ?, ?, ?, '', '', '', 'not_known', '', ?, 'sentenced', ?, '', '', ?, '[]', '', '', ?, ?)`,
  );
  const referral = db.prepare(
    `INSERT INTO mentee_referral (id, mentee_id, source, agency, referrer_name, referrer_contact, referred_on,
       criteria_met, reason, hopes, not_a_licence_condition, self_referral_note, created_at, updated_at)
     VALUES (?, ?, 'probation', '', '', '', ?, '[]', '', '', 1, '', ?, ?)`,
  );
  db.transaction(() => {
    for (let i = 0; i < N; i++) {
      const id = randomUUID();
      const day = `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
      const release = `2027-${String((i % 12) + 1).padStart(2, '0')}-01`;
      mentee.run(
        id,
        `First${i}`,
        `Last${i}`,
        `first${i} last${i}`,
        `M-2026-${String(i + 1).padStart(5, '0')}`,
        MENTEE_STAGES[i % MENTEE_STAGES.length],
        day,
        `A${String(i).padStart(4, '0').slice(-4)}BC`,
        release,
        i % 10 === 0 ? caseworker : null,
        now,
        now,
      );
      referral.run(randomUUID(), id, day, now, now);
    }
  })();
  db.close();
}, 300_000);
afterAll(() => s.cleanup());

async function timed(channel: string, input: unknown): Promise<number> {
  await s.ok(channel, input); // warm the statement cache
  const start = performance.now();
  for (let i = 0; i < 5; i++) await s.ok(channel, input);
  return (performance.now() - start) / 5;
}

describe(`mentees at ${N}`, () => {
  it('answers the caseload list and the work queue quickly', async () => {
    const list = await timed('mentees.list', {});
    const mine = await timed('mentees.list', { myCaseload: true });
    const filtered = await timed('mentees.list', {
      stages: ['referred'],
      releaseWithinMonths: 6,
      search: 'last1',
    });
    const due = await timed('mentees.dueItems', {});
    await s.ok('vault.lock');
    await s.ok('vault.unlock', { username: ADMIN.username, passphrase: ADMIN.passphrase });
    const coordinatorList = await timed('mentees.list', {});
    const coordinatorDue = await timed('mentees.dueItems', {});
    process.stdout.write(
      `mentees at ${N}: caseworker list ${list.toFixed(1)} ms, my caseload ${mine.toFixed(1)} ms, filtered ${filtered.toFixed(1)} ms, work queue ${due.toFixed(1)} ms; co-ordinator list ${coordinatorList.toFixed(1)} ms, work queue ${coordinatorDue.toFixed(1)} ms\n`,
    );
    expect(list).toBeLessThan(50);
    expect(mine).toBeLessThan(50);
    expect(filtered).toBeLessThan(50);
    expect(coordinatorList).toBeLessThan(50);
    expect(due).toBeLessThan(1000);
    expect(coordinatorDue).toBeLessThan(1000);
  });
});
