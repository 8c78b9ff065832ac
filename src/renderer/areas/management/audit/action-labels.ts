/** Friendlier names for audit actions; anything not listed shows as recorded. */
const LABELS: Record<string, string> = {
  'vault.status': 'Check vault status',
  'vault.setup': 'Set up Waymark',
  'vault.unlock': 'Sign in',
  'vault.recover': 'Sign in with the recovery key',
  'vault.lock': 'Lock',
  'vault.changePassphrase': 'Change own passphrase',
  'accounts.list': 'View staff accounts',
  'accounts.create': 'Add staff account',
  'accounts.setRoles': 'Change roles',
  'accounts.disable': 'Disable account',
  'accounts.resetPassphrase': 'Reset passphrase',
  'accounts.remove': 'Remove account',
  'audit.list': 'View audit log',
  'audit.actions': 'List audit actions',
  'audit.verify': 'Verify audit chain',
  'settings.get': 'View settings',
  'settings.setIdleLock': 'Change idle lock time',
  'settings.setThresholds': 'Change programme thresholds',
};

export const actionLabel = (action: string): string => LABELS[action] ?? action;

export const OUTCOME_LABELS = { ok: 'Succeeded', denied: 'Refused', failed: 'Failed' } as const;
export const OUTCOME_COLORS = { ok: 'teal', denied: 'orange', failed: 'red' } as const;
