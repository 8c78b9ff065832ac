import { channelByName } from '../../../shared/contract';
import { defineHandlers } from '../ipc/handler.types';
import { contract } from '../../../shared/contract';
import type { Access } from '../../../shared/contract';

/** Drafts older than this are dropped whenever drafts are touched. */
const KEEP_DAYS = 30;

/**
 * A draft is only for a form the person could submit: the form's channel decides. Channels that
 * are not record forms (the vault's, drafts' own, reads) allow nobody, so the call is refused.
 */
function accessOf(channel: string): Access {
  const target = channelByName.get(channel);
  if (!target || target.kind !== 'write' || target.area === 'drafts' || target.area === 'vault') return [];
  return target.access;
}

const expiry = (now: Date) => new Date(now.getTime() - KEEP_DAYS * 86_400_000).toISOString();

export const draftsHandlers = defineHandlers(contract.drafts, {
  save: {
    access: (input) => accessOf(input.channel),
    async run({ em, caller, now }, input) {
      const savedAt = now.toISOString();
      await em.query('DELETE FROM draft WHERE saved_at < ?', [expiry(now)]);
      await em.query(
        `INSERT INTO draft (account_id, channel, key, data, saved_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (account_id, channel, key) DO UPDATE SET data = excluded.data, saved_at = excluded.saved_at`,
        [caller!.accountId, input.channel, input.key, JSON.stringify(input.data), savedAt],
      );
      return { savedAt };
    },
    // Autosave runs every few seconds while someone types: a row each time would bury the log.
    // The record itself is audited when the form is saved.
    audit: () => ({ skip: true }),
  },
  get: {
    access: (input) => accessOf(input.channel),
    async run({ em, caller, now }, input) {
      const rows = (await em.query(
        'SELECT channel, key, data, saved_at AS savedAt FROM draft WHERE account_id = ? AND channel = ? AND key = ? AND saved_at >= ?',
        [caller!.accountId, input.channel, input.key, expiry(now)],
      )) as { channel: string; key: string; data: string; savedAt: string }[];
      const row = rows[0];
      return row ? { ...row, data: JSON.parse(row.data) as Record<string, unknown> } : null;
    },
  },
  list: {
    async run({ em, caller, now }) {
      return (await em.query(
        'SELECT channel, key, saved_at AS savedAt FROM draft WHERE account_id = ? AND saved_at >= ? ORDER BY saved_at DESC',
        [caller!.accountId, expiry(now)],
      )) as { channel: string; key: string; savedAt: string }[];
    },
  },
  discard: {
    async run({ em, caller }, input) {
      const gone = (await em.query(
        'DELETE FROM draft WHERE account_id = ? AND channel = ? AND key = ? RETURNING key',
        [caller!.accountId, input.channel, input.key],
      )) as unknown[];
      return { discarded: gone.length > 0 };
    },
    audit: () => ({ skip: true }),
  },
});
