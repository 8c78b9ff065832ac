import { channelByName, type AuditEntry } from '../../../../shared/contract';
import { ROLE_LABELS, ROLES, type DataClass, type Role } from '../../../../shared/roles';
import { formatDateTime } from '../../../components/dates';

/**
 * Plain words for everything the audit log records as codes: actions, reasons, roles, data classes
 * and records. Nothing in the table is shown as a code; anything new and unmapped is at least
 * turned into words ("someNewThing" → "Some new thing") rather than shown raw. An action's words
 * are its channel's `label` in the contract, so they are written once, beside the channel.
 */

/** "someNewThing" or "some-new_thing" → "Some new thing". */
export function toWords(code: string): string {
  const words = code
    .replace(/^[a-z]+\./, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[-_.=]+/g, ' ')
    .trim()
    .toLowerCase();
  return words ? words[0]!.toUpperCase() + words.slice(1) : code;
}

export const actionLabel = (action: string): string => channelByName.get(action)?.label ?? toWords(action);

export const OUTCOME_LABELS = { ok: 'Succeeded', denied: 'Refused', failed: 'Failed' } as const;
export const OUTCOME_COLORS = { ok: 'teal', denied: 'orange', failed: 'red' } as const;

/** Plain words for the short codes the core records as detail. */
const DETAILS: Record<string, string> = {
  user: 'Locked by the person',
  idle: 'Locked after no activity',
  suspend: 'Locked when the computer slept',
  'screen-lock': 'Locked with the screen',
  'renderer-gone': 'Locked: the window stopped responding',
  shutdown: 'Locked on closing',
  'wrong-passphrase': 'Wrong passphrase',
  'unknown-username': 'Unknown username',
  'account-unavailable': 'Account disabled or removed',
  'wrong-recovery-key': 'Wrong recovery key',
  'recovery-unknown-account': 'Unknown username with the recovery key',
  'vault created': 'Waymark set up on this computer',
  'backup requested': 'Backup started',
  'restore-refused': 'Restore refused: wrong details',
  'recovery key used': 'Recovery key used',
  'recovery key replaced': 'Old recovery key replaced',
  'recovery key notice dealt with': 'Key stored, or kept',
  'name corrected': 'Name corrected',
  FORBIDDEN: 'Not allowed for their roles',
  VALIDATION: 'Answers needed correcting',
  CONFLICT: 'Refused: it would break a rule (such as keeping one administrator)',
  NOT_FOUND: 'The record no longer exists',
  BAD_CREDENTIALS: 'Wrong passphrase',
  THROTTLED: 'Too many attempts',
  LOCKED: 'Waymark was locked',
  INTERNAL: 'Something went wrong inside Waymark',
};

const roleList = (ids: string): string =>
  ROLES.filter((r) => ids.split(',').includes(r))
    .map((r: Role) => ROLE_LABELS[r])
    .join(', ');

export function detailLabel(detail: string): string {
  if (DETAILS[detail]) return DETAILS[detail];
  const roles = /^roles=(.*)$/.exec(detail);
  if (roles) return `Roles: ${roleList(roles[1]!)}`;
  const minutes = /^minutes=(\d+)$/.exec(detail);
  if (minutes) return `Lock after ${minutes[1]} minute${minutes[1] === '1' ? '' : 's'}`;
  const intact = /^ok rows=(\d+)$/.exec(detail);
  if (intact) return `Chain intact: ${intact[1]} rows checked`;
  const broken = /^broken at (\d+)$/.exec(detail);
  if (broken) return `Chain broken at row ${broken[1]}`;
  // Backup ids are the UTC time they were taken, with dashes for the colons: "2026-11-23T14-05-09-123Z".
  const backup = /^backup (\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/.exec(detail);
  if (backup)
    return `Backup taken ${formatDateTime(`${backup[1]}T${backup[2]}:${backup[3]}:${backup[4]}.${backup[5]}Z`)}`;
  const keep = /^keep (\d+)$/.exec(detail);
  if (keep) return `Keep the newest ${keep[1]} backups`;
  return toWords(detail);
}

/** Data classes as people say them. Ordinary account and settings data ("system") is not listed. */
const CLASSES: Record<DataClass, string | null> = {
  system: null,
  reference: null,
  directory: 'names and roles',
  contact: 'contact details',
  special: 'special category data',
  criminal: 'criminal offence data',
  vetting: 'vetting (DBS) data',
  equality: 'equality monitoring data',
  safeguarding: 'safeguarding records',
  financial: 'financial data',
};

export function classesLabel(classes: readonly string[]): string | null {
  const words = classes
    .map((c) => (c in CLASSES ? CLASSES[c as DataClass] : toWords(c).toLowerCase()))
    .filter((w): w is string => w !== null);
  return words.length ? `Read ${words.join(', ')}` : null;
}

const SETTINGS: Record<string, string> = {
  idleLockMinutes: 'Idle lock time',
  thresholds: 'Programme thresholds',
  organisationName: 'Organisation name',
};

/** What the row is about: "Staff account: Dafydd Example", "Setting: Idle lock time". */
export function recordLabel(
  entry: Pick<AuditEntry, 'recordType' | 'recordId' | 'recordLabel'>,
): string | null {
  if (!entry.recordType) return null;
  if (entry.recordType === 'account') {
    if (!entry.recordId) return 'Their own account';
    return `Staff account: ${entry.recordLabel ?? 'an account no longer on record'}`;
  }
  if (entry.recordType === 'setting')
    return `Setting: ${SETTINGS[entry.recordId ?? ''] ?? toWords(entry.recordId ?? 'unknown')}`;
  return `${toWords(entry.recordType)}${entry.recordLabel ? `: ${entry.recordLabel}` : ''}`;
}

/** Who acted. A failed sign-in names no account, only the username that was typed. */
export function whoLabel(entry: Pick<AuditEntry, 'accountName' | 'triedUsername' | 'outcome' | 'action'>): {
  text: string;
  known: boolean;
} {
  if (entry.accountName) return { text: entry.accountName, known: true };
  if (entry.triedUsername) {
    const signIn = entry.action === 'vault.unlock' || entry.action === 'vault.recover';
    return {
      text:
        signIn && entry.outcome !== 'ok'
          ? `Failed sign-in as ‘${entry.triedUsername}’`
          : `Not signed in (‘${entry.triedUsername}’)`,
      known: false,
    };
  }
  return { text: 'Nobody signed in', known: false };
}
