/**
 * Child process for the crash test: signs in and writes settings as fast as it can, printing an
 * acknowledgement (synchronously, so none is lost in a buffer) after each committed write, until
 * the parent kills it with SIGKILL.
 */
import { writeSync } from 'node:fs';
import { createCore } from '../../src/main/core';
import { ADMIN, FAST_KDF } from './core-fixture';

const [dataDir, startArg] = process.argv.slice(2);
const core = await createCore({ dataDir: dataDir!, ...FAST_KDF, automaticBackups: false });
const unlocked = await core.call('vault.unlock', { username: ADMIN.username, passphrase: ADMIN.passphrase });
if (!unlocked.ok) {
  writeSync(2, `unlock failed: ${unlocked.error.code}\n`);
  process.exit(2);
}
writeSync(1, 'ready\n');
for (let i = Number(startArg); ; i++) {
  const minutes = (i % 240) + 1;
  const r = await core.call('settings.setIdleLock', { idleLockMinutes: minutes });
  if (!r.ok) {
    writeSync(2, `write failed: ${r.error.code}\n`);
    process.exit(3);
  }
  writeSync(1, `ack ${i}\n`);
}
