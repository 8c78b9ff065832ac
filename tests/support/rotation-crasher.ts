/**
 * Child process for the rotation crash test: signs in as the administrator and disables an account
 * for cause, SIGKILLing itself at the named step of the data-key rotation.
 */
import { writeSync } from 'node:fs';
import { createCore } from '../../src/main/core';
import { ADMIN, FAST_KDF } from './core-fixture';

const [dataDir, killAt, accountId] = process.argv.slice(2);
const core = await createCore({
  dataDir: dataDir!,
  ...FAST_KDF,
  automaticBackups: false,
  rotationHooks: {
    step(step) {
      if (step === killAt) process.kill(process.pid, 'SIGKILL');
    },
  },
});
const unlocked = await core.call('vault.unlock', { username: ADMIN.username, passphrase: ADMIN.passphrase });
if (!unlocked.ok) {
  writeSync(2, `unlock failed: ${unlocked.error.code}\n`);
  process.exit(2);
}
const r = await core.call('accounts.disable', { id: accountId, forCause: true });
writeSync(1, r.ok ? 'finished\n' : `refused ${r.error.code}\n`);
await core.close();
