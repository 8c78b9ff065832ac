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
  'vault.newRecoveryKey': 'Issue a new recovery key',
};

export const actionLabel = (action: string): string => LABELS[action] ?? action;

export const OUTCOME_LABELS = { ok: 'Succeeded', denied: 'Refused', failed: 'Failed' } as const;
export const OUTCOME_COLORS = { ok: 'teal', denied: 'orange', failed: 'red' } as const;

/** Plain words for the short codes the core records as detail; anything else shows as recorded. */
const DETAILS: Record<string, string> = {
  user: 'Locked by the person',
  idle: 'Locked after no activity',
  'wrong-passphrase': 'Wrong passphrase',
  'unknown-username': 'Unknown username',
  'account-unavailable': 'Account disabled or removed',
  'wrong-recovery-key': 'Wrong recovery key',
  'recovery-unknown-account': 'Unknown username with the recovery key',
  FORBIDDEN: 'Not allowed for their roles',
  VALIDATION: 'Answers needed correcting',
  CONFLICT: 'Refused: it would conflict with existing records or rules',
  NOT_FOUND: 'The record no longer exists',
  BAD_CREDENTIALS: 'Wrong passphrase',
  THROTTLED: 'Too many attempts',
  LOCKED: 'Waymark was locked',
  INTERNAL: 'Something went wrong inside Waymark',
};

export const detailLabel = (detail: string): string => DETAILS[detail] ?? detail;
