import { contract, type AuditEntry } from '../../../shared/contract';
import { defineHandlers } from '../ipc/handler.types';

interface ListedRow {
  seq: number;
  at: string;
  account_id: string | null;
  actor: string | null;
  display_name: string | null;
  record_label: string | null;
  action: string;
  outcome: AuditEntry['outcome'];
  record_type: string | null;
  record_id: string | null;
  classes: string;
  detail: string | null;
}

export const auditHandlers = defineHandlers(contract.audit, {
  list: {
    async run({ em }, input) {
      // Dates compare on the UTC date of `at`; in British Summer Time an event between midnight
      // and 1 a.m. falls on the previous day. Good enough for a filter; the rows show exact times.
      const filters = (
        [
          ['e.account_id = ?', input.accountId],
          ['e.record_id = ?', input.recordId],
          ['e.action = ?', input.action],
          ['e.outcome = ?', input.outcome],
          ['substr(e.at, 1, 10) >= ?', input.from],
          ['substr(e.at, 1, 10) <= ?', input.to],
        ] as const
      ).filter(([, value]) => value !== undefined);
      const where = filters.map(([sql]) => sql);
      const params: unknown[] = filters.map(([, value]) => value);
      const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
      // A removed account's name comes from former_account, so its rows still say who acted.
      const [{ total }] = (await em.query(
        `SELECT count(*) AS total FROM audit_event e ${clause}`,
        params,
      )) as [{ total: number }];
      const rows = (await em.query(
        `SELECT e.seq, e.at, e.account_id, e.actor,
                coalesce(a.display_name, fa.display_name) AS display_name,
                e.action, e.outcome, e.record_type, e.record_id,
                coalesce(r.display_name, fr.display_name) AS record_label, e.classes, e.detail
           FROM audit_event e
           LEFT JOIN account a ON a.id = e.account_id
           LEFT JOIN former_account fa ON fa.id = e.account_id
           LEFT JOIN account r ON e.record_type = 'account' AND r.id = e.record_id
           LEFT JOIN former_account fr ON e.record_type = 'account' AND fr.id = e.record_id
           ${clause} ORDER BY e.seq DESC LIMIT ? OFFSET ?`,
        [...params, input.pageSize, (input.page - 1) * input.pageSize],
      )) as ListedRow[];
      return {
        total,
        page: input.page,
        pageSize: input.pageSize,
        entries: rows.map((r) => ({
          seq: r.seq,
          at: r.at,
          accountId: r.account_id,
          accountName: r.display_name ?? (r.account_id ? r.actor : null),
          // A failed sign-in names no account; `actor` then holds the username that was typed.
          triedUsername: r.account_id ? null : r.actor,
          action: r.action,
          outcome: r.outcome,
          recordType: r.record_type,
          recordId: r.record_id,
          recordLabel: r.record_label,
          classes: JSON.parse(r.classes) as string[],
          detail: r.detail,
        })),
      };
    },
  },
  actions: {
    async run({ em }) {
      const rows = (await em.query('SELECT DISTINCT action FROM audit_event ORDER BY action')) as {
        action: string;
      }[];
      return rows.map((r) => r.action);
    },
  },
  people: {
    async run({ em }) {
      const rows = (await em.query(
        `SELECT id, display_name, username, 0 AS removed FROM account
         UNION ALL
         SELECT id, display_name, username, 1 AS removed FROM former_account
           WHERE id NOT IN (SELECT id FROM account)
         ORDER BY display_name COLLATE NOCASE`,
      )) as { id: string; display_name: string; username: string; removed: number }[];
      return rows.map((r) => ({
        id: r.id,
        displayName: r.display_name,
        username: r.username,
        removed: r.removed === 1,
      }));
    },
  },
  verify: {
    run: ({ em, vault }) => vault.auditLog().verify(em, vault.anchorCounter()),
    audit: (_input, output) => ({
      detail: output
        ? output.ok
          ? `ok rows=${output.rowsChecked}`
          : `broken at ${output.firstBrokenSeq}`
        : null,
    }),
  },
});
