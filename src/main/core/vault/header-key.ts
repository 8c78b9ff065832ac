import type sodiumModule from 'libsodium-wrappers-sumo';
import type { VaultHeader } from './header';
import { unwrapSlot } from './slots';
import { normaliseRecoveryKey } from './recovery-key';

type Sodium = typeof sodiumModule;

/** How a person proves they may open a vault header: their passphrase, or the recovery key. */
export type HeaderCredentials =
  { kind: 'passphrase'; username: string; passphrase: string } | { kind: 'recovery'; recoveryKey: string };

/**
 * The data key a header holds for these credentials, or null when they do not open it. Used for
 * the live vault and for a backup's vault file of the same moment (restore). Does not check the
 * header MAC or throttle: callers do.
 */
export function dataKeyFromHeader(
  sodium: Sodium,
  header: VaultHeader,
  credentials: HeaderCredentials,
): { key: Uint8Array; accountId: string | null } | null {
  if (credentials.kind === 'passphrase') {
    const slot = header.slots.find(
      (s) => s.kind === 'account' && s.username === credentials.username.toLowerCase(),
    );
    if (!slot) return null;
    const key = unwrapSlot(sodium, header.vaultId, slot, credentials.passphrase);
    return key ? { key, accountId: slot.accountId } : null;
  }
  const slot = header.slots.find((s) => s.kind === 'recovery');
  const normalised = normaliseRecoveryKey(credentials.recoveryKey);
  if (!slot || !normalised) return null;
  const key = unwrapSlot(sodium, header.vaultId, slot, normalised);
  return key ? { key, accountId: null } : null;
}
