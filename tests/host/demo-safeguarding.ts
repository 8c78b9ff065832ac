import { randomUUID } from 'node:crypto';
import type { Core } from '../../src/main/core';
import type { Result } from '../../src/shared/errors';
import { addDays, ukToday } from '../../src/shared/mentors/dates';
import { openRaw } from '../support/raw-db';
import type { DemoContext } from './demo-context';

/**
 * Three demo safeguarding concerns, raised through the channel by the signed-in co-ordinator: a
 * child protection concern referred to the local authority, an adult safeguarding concern being
 * monitored, and one closed. What the safeguarding lead (demo.safeguarding) did afterwards is
 * written straight into the database, dated in the past, as their own account (the demo's staff
 * have not yet signed in for the first time when the builders run). All of it is invented.
 */
export async function buildDemoSafeguarding(core: Core, ctx: DemoContext): Promise<void> {
  const today = ukToday(new Date());
  const day = (n: number) => addDays(today, n);
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const r = (await core.call(channel, input)) as Result<T>;
    if (!r.ok)
      throw new Error(`Demo safeguarding: ${channel} failed with ${r.error.code}: ${r.error.message}`);
    return r.value;
  };
  const raise = (f: Record<string, unknown>) =>
    call<{ id: string; reference: string }>('safeguarding.raise', f);

  const child = await raise({
    kind: 'child_protection',
    aboutKind: 'child',
    aboutName: 'A child aged 7 (a mentee’s niece)',
    raisedOn: day(-9),
    disclosure:
      'During a meeting the mentee said his niece, who he hopes to live with after release, is often left alone overnight.',
    immediateAction: 'The mentor told the co-ordinator the same afternoon; the co-ordinator raised it here.',
  });
  const adult = await raise({
    kind: 'adult_safeguarding',
    aboutKind: 'mentee',
    raisedOn: day(-20),
    disclosure: 'The mentee said a former associate is taking most of his benefit money each week.',
    immediateAction: 'Talked through who he could tell; he agreed to speak to his probation officer.',
  });
  const closed = await raise({
    kind: 'adult_safeguarding',
    aboutKind: 'adult',
    aboutName: 'A mentor’s elderly neighbour',
    raisedOn: day(-60),
    disclosure: 'A mentor was worried that a neighbour with dementia was being visited by cold callers.',
    immediateAction: 'Advised the mentor to call adult social care; recorded here.',
  });

  await call('vault.lock', { reason: 'user' });
  const db = await openRaw(ctx.dataDir, ctx.username, ctx.passphrase);
  const lead = ctx.safeguardingLeadAccountId;
  try {
    const at = new Date().toISOString();
    const action = (concernId: string, on: string, description: string) =>
      db
        .prepare(
          `INSERT INTO safeguarding_action (id, concern_id, taken_on, description, recorded_by, recorded_at)
           VALUES (?, ?, ?, ?, ?, ?)`,
        )
        .run(randomUUID(), concernId, on, description, lead, at);
    db.transaction(() => {
      action(child.id, day(-9), 'Rang the children’s services duty team and made a referral.');
      action(child.id, day(-6), 'Duty social worker confirmed a home visit is planned.');
      db.prepare(
        `UPDATE safeguarding_concern SET status = 'referred', la_referred_on = ?, la_reference = 'CS-DEMO-4471',
           la_contact = 'Duty social worker (demo)', last_action_on = ?, next_action_due = ? WHERE id = ?`,
      ).run(day(-9), day(-6), day(2), child.id);

      action(adult.id, day(-19), 'Spoke to the mentee’s probation officer with his agreement.');
      db.prepare(
        `UPDATE safeguarding_concern SET status = 'monitoring', raised_by = ?, last_action_on = ? WHERE id = ?`,
      ).run(ctx.caseworkerAccountId, day(-19), adult.id);

      action(closed.id, day(-59), 'Referred to adult social care.');
      db.prepare(
        `UPDATE safeguarding_concern SET status = 'closed', la_referred_on = ?, la_reference = 'ASC-DEMO-118',
           last_action_on = ?, outcome = 'Adult social care arranged support; nothing further for the programme.',
           closed_on = ? WHERE id = ?`,
      ).run(day(-59), day(-59), day(-45), closed.id);
    })();
  } finally {
    db.close();
  }
  await call('vault.unlock', { username: ctx.username, passphrase: ctx.passphrase });
}
