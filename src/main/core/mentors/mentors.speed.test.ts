import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, makeSetUpCore, type TestCore } from '../../../../tests/support/core-fixture';
import { openRaw } from '../../../../tests/support/raw-db';
import { MENTOR_STAGES } from '../../../shared/mentors/pipeline';

/**
 * The hot paths at a large programme's size (2,000 mentors with screening rows): the board, the
 * list with readiness counts, and the work queue. The bounds are loose (a shared test machine);
 * the times are printed so a slowdown shows before it fails.
 */
const N = 2000;
let s: TestCore;
beforeAll(async () => {
  s = await makeSetUpCore();
  const db = await openRaw(s.dir, ADMIN.username, ADMIN.passphrase);
  const now = new Date().toISOString();
  const mentor = db.prepare(
    `INSERT INTO mentor (id, first_name, last_name, preferred_name, name_key, stage, stage_since, email, phone,
       address_line1, address_line2, town, postcode, enquiry_date, heard_via, motivation, hopes, employment_status,
       interests, skills, languages, availability, availability_notes, travel_area, hard_to_work_with, notes,
       created_at, updated_at)
     VALUES (?, ?, ?, '', ?, ?, ?, '', '', '', '', '', '', ?, 'Leaflet', '', '', 'not_known', '[]', '[]', '[]', '[]', '', '', '', '', ?, ?)`,
  );
  const reference = db.prepare(
    `INSERT INTO mentor_reference (id, mentor_id, referee_name, relationship, referee_contact, requested_on,
       received_on, satisfactory, concerns, how_addressed, created_at, updated_at)
     VALUES (?, ?, 'R', 'professional', '', '2026-01-01', '2026-01-10', 1, '', '', ?, ?)`,
  );
  const dbs = db.prepare(
    `INSERT INTO mentor_dbs_check (id, mentor_id, certificate_number, issue_date, renewal_due, outcome,
       declared_convictions, disclosed_information, decision_reasons, created_at, updated_at)
     VALUES (?, ?, '1', '2025-01-01', ?, 'clear', '', '', '', ?, ?)`,
  );
  db.transaction(() => {
    for (let i = 0; i < N; i++) {
      const id = randomUUID();
      const day = `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
      mentor.run(
        id,
        `First${i}`,
        `Last${i}`,
        `first${i} last${i}`,
        MENTOR_STAGES[i % 12],
        day,
        day,
        now,
        now,
      );
      reference.run(randomUUID(), id, now, now);
      if (i % 2) reference.run(randomUUID(), id, now, now);
      if (i % 3) dbs.run(randomUUID(), id, `2027-${String((i % 12) + 1).padStart(2, '0')}-01`, now, now);
    }
  })();
  db.close();
}, 120_000);
afterAll(() => s.cleanup());

async function timed(channel: string, input: unknown): Promise<number> {
  await s.ok(channel, input); // warm the statement cache
  const start = performance.now();
  for (let i = 0; i < 5; i++) await s.ok(channel, input);
  return (performance.now() - start) / 5;
}

describe(`mentors at ${N}`, () => {
  it('answers the board, the list with readiness and the work queue quickly', async () => {
    const board = await timed('mentors.board', {});
    const list = await timed('mentors.list', {});
    const missing = await timed('mentors.list', { missingBeforeReady: true });
    const due = await timed('mentors.dueItems', {});
    process.stdout.write(
      `mentors at ${N}: board ${board.toFixed(1)} ms, list ${list.toFixed(1)} ms, missing-before-ready ${missing.toFixed(1)} ms, work queue ${due.toFixed(1)} ms\n`,
    );
    expect(board).toBeLessThan(200);
    expect(list).toBeLessThan(400);
    expect(missing).toBeLessThan(400);
    expect(due).toBeLessThan(400);
  });
});
