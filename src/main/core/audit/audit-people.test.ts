import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, makeSetUpCore, type TestCore } from '../../../../tests/support/core-fixture';
import type { AuditPage } from '../../../shared/contract';

let t: TestCore | undefined;
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
});

describe('who the audit log names', () => {
  it('never shows a typed username as if it were a person’s name', async () => {
    const s = await makeSetUpCore();
    t = s;
    await s.ok('vault.lock');
    await s.call('vault.unlock', { username: 'jdoe', passphrase: 'not the right one at all' });
    await s.ok('vault.unlock', { username: ADMIN.username, passphrase: ADMIN.passphrase });
    const entries = (await s.ok<AuditPage>('audit.list')).entries;
    const failed = entries.find((e) => e.action === 'vault.unlock' && e.outcome === 'failed');
    expect(failed).toBeDefined();
    // No account: no name. The typed username (where the vault records it) is kept apart.
    expect(failed).toMatchObject({ accountId: null, accountName: null });
    expect(['jdoe', null]).toContain(failed!.triedUsername);
    const mine = entries.find((e) => e.action === 'vault.unlock' && e.outcome === 'ok');
    expect(mine).toMatchObject({ accountName: ADMIN.displayName, triedUsername: null });
  });
});
