import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import type {
  Agreement,
  agreementFields,
  Liaison,
  liaisonFields,
  LinkWorker,
  linkWorkerFields,
  Partner,
  partnerFields,
  PartnerRow,
} from '../../../shared/contract/partners';
import { CoreError } from '../../../shared/errors';
import { financialYearOf, financialYearRange } from '../../../shared/expenses/expenses';
import type { AttachmentUpload } from '../../../shared/files/attachment';
import { fileContent, toFileColumns } from '../files/attachment.queries';
import {
  agencyKey,
  agreementInDate,
  quarterOf,
  type AgreementStatus,
  type PartnerKind,
} from '../../../shared/partners/partners';

const notFound = () => new CoreError('NOT_FOUND', 'That partner agency is no longer on record.');

/** The first day of the financial year (April) that "referrals this year" counts from. */
export const yearFrom = (today: string): string => financialYearRange(financialYearOf(today)).from;

/**
 * Referrals from each partner, matched against the mentees' referral records: a referral counts
 * when its source is the partner's referral source (if one is set) and its referring agency's
 * name, trimmed and lower-cased, is one of the partner's names (if any are listed). A partner with
 * neither counts none, so a second YOT does not claim the first one's referrals.
 */
export async function referralCounts(em: EntityManager, partnerIds: readonly string[], from: string) {
  const rows = (await em.query(
    `SELECT p.id AS partnerId, count(r.id) AS allTime, coalesce(sum(r.referred_on >= ?), 0) AS thisYear
       FROM partner p
       JOIN mentee_referral r
         ON (p.referral_source IS NULL OR r.source = p.referral_source)
        AND (NOT EXISTS (SELECT 1 FROM partner_referral_name n WHERE n.partner_id = p.id)
             OR lower(trim(r.agency)) IN (SELECT lower(n.name) FROM partner_referral_name n WHERE n.partner_id = p.id))
      WHERE p.id IN (SELECT value FROM json_each(?))
        AND (p.referral_source IS NOT NULL
             OR EXISTS (SELECT 1 FROM partner_referral_name n WHERE n.partner_id = p.id))
      GROUP BY p.id`,
    [from, JSON.stringify(partnerIds)],
  )) as { partnerId: string; allTime: number; thisYear: number }[];
  return new Map(rows.map((r) => [r.partnerId, r]));
}

export async function listPartners(
  em: EntityManager,
  input: { search?: string; kind?: PartnerKind; page: number; pageSize: number },
  today: string,
) {
  const where = ['p.archived = 0'];
  const params: unknown[] = [];
  if (input.search) {
    where.push(`(p.name LIKE ? ESCAPE '\\' OR p.town LIKE ? ESCAPE '\\')`);
    const like = `%${input.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    params.push(like, like);
  }
  if (input.kind) {
    where.push('p.kind = ?');
    params.push(input.kind);
  }
  const [{ total }] = (await em.query(
    `SELECT count(*) AS total FROM partner p WHERE ${where.join(' AND ')}`,
    params,
  )) as [{ total: number }];
  const quarter = quarterOf(today);
  const rows = (await em.query(
    `SELECT p.id, p.name, p.kind, p.town,
            (SELECT min(a.review_on) FROM partner_agreement a
              WHERE a.partner_id = p.id AND a.status = 'in_force' AND a.review_on IS NOT NULL) AS nextReviewOn,
            EXISTS (SELECT 1 FROM partner_agreement a WHERE a.partner_id = p.id AND a.status = 'in_force'
                      AND (a.review_on IS NULL OR a.review_on >= ?)) AS inDateAgreement,
            (SELECT count(*) FROM partner_liaison l
              WHERE l.partner_id = p.id AND l.contacted_on BETWEEN ? AND ?) AS liaisonThisQuarter
       FROM partner p WHERE ${where.join(' AND ')}
      ORDER BY p.name COLLATE NOCASE, p.id LIMIT ? OFFSET ?`,
    [today, quarter.from, quarter.to, ...params, input.pageSize, (input.page - 1) * input.pageSize],
  )) as (Omit<PartnerRow, 'inDateAgreement' | 'referralsThisYear' | 'referralsAllTime'> & {
    inDateAgreement: number;
  })[];
  const from = yearFrom(today);
  const counts = await referralCounts(
    em,
    rows.map((r) => r.id),
    from,
  );
  const [{ n }] = (await em.query(
    `SELECT count(*) AS n FROM partner_liaison WHERE contacted_on BETWEEN ? AND ?`,
    [quarter.from, quarter.to],
  )) as [{ n: number }];
  return {
    total,
    page: input.page,
    pageSize: input.pageSize,
    yearFrom: from,
    quarter: { ...quarter, liaisonContacts: n },
    items: rows.map((r) => ({
      ...r,
      inDateAgreement: !!r.inDateAgreement,
      referralsThisYear: counts.get(r.id)?.thisYear ?? 0,
      referralsAllTime: counts.get(r.id)?.allTime ?? 0,
    })),
  };
}

type PartnerDbRow = Omit<Partner, 'referralNames' | 'referrals' | 'linkWorkers' | 'agreements' | 'liaison'>;

export async function getPartner(em: EntityManager, id: string, today: string): Promise<Partner> {
  const rows = (await em.query(
    `SELECT p.id, p.name, p.kind, p.establishment_id AS establishmentId, e.name AS establishmentName,
            p.address_line1 AS addressLine1, p.address_line2 AS addressLine2, p.town, p.postcode,
            p.phone, p.email, p.notes, p.referral_source AS referralSource, p.updated_at AS updatedAt
       FROM partner p LEFT JOIN establishment e ON e.id = p.establishment_id WHERE p.id = ?`,
    [id],
  )) as PartnerDbRow[];
  const p = rows[0];
  if (!p) throw notFound();
  const names = (await em.query(
    `SELECT name FROM partner_referral_name WHERE partner_id = ? ORDER BY name COLLATE NOCASE`,
    [id],
  )) as { name: string }[];
  const linkWorkers = (await em.query(
    `SELECT id, name, role, phone, email FROM partner_link_worker WHERE partner_id = ?
      ORDER BY name COLLATE NOCASE, id`,
    [id],
  )) as LinkWorker[];
  const agreements = (
    (await em.query(
      `SELECT id, title, kind, status, signed_on AS signedOn, review_on AS reviewOn, notes,
              document_name AS documentName, document_type AS documentType, document_size AS documentSize
         FROM partner_agreement WHERE partner_id = ?
        ORDER BY status = 'ended', review_on IS NULL, review_on, title COLLATE NOCASE`,
      [id],
    )) as (Omit<Agreement, 'inDate' | 'document'> & {
      documentName: string | null;
      documentType: string | null;
      documentSize: number | null;
    })[]
  ).map(({ documentName, documentType, documentSize, ...a }) => ({
    ...a,
    inDate: agreementInDate(a.status as AgreementStatus, a.reviewOn, today),
    document: documentName
      ? { fileName: documentName, contentType: documentType ?? '', size: documentSize ?? 0 }
      : null,
  }));
  const liaison = (await em.query(
    `SELECT l.id, l.contacted_on AS contactedOn, l.contact_with AS contactWith, l.method, l.about,
            l.follow_up AS followUp, coalesce(a.display_name, 'A former member of staff') AS recordedByName,
            l.recorded_at AS recordedAt
       FROM partner_liaison l LEFT JOIN account a ON a.id = l.recorded_by
      WHERE l.partner_id = ? ORDER BY l.contacted_on DESC, l.recorded_at DESC`,
    [id],
  )) as Liaison[];
  const from = yearFrom(today);
  const counts = (await referralCounts(em, [id], from)).get(id);
  return {
    ...p,
    referralNames: names.map((n) => n.name),
    referrals: { thisYear: counts?.thisYear ?? 0, allTime: counts?.allTime ?? 0, yearFrom: from },
    linkWorkers,
    agreements,
    liaison,
  };
}

async function assertEstablishment(em: EntityManager, establishmentId: string | null) {
  if (!establishmentId) return;
  const found = (await em.query(`SELECT 1 FROM establishment WHERE id = ?`, [establishmentId])) as unknown[];
  if (!found.length)
    throw new CoreError('VALIDATION', 'That establishment is no longer on record.', {
      fieldErrors: { establishmentId: 'Choose an establishment from the list.' },
    });
}

export async function assertPartner(em: EntityManager, id: string) {
  const found = (await em.query(`SELECT 1 FROM partner WHERE id = ?`, [id])) as unknown[];
  if (!found.length) throw notFound();
}

export async function savePartner(
  em: EntityManager,
  id: string | undefined,
  f: z.output<typeof partnerFields>,
  now: Date,
): Promise<string> {
  await assertEstablishment(em, f.establishmentId);
  const at = now.toISOString();
  const values = [
    f.name,
    f.kind,
    f.establishmentId,
    f.addressLine1,
    f.addressLine2,
    f.town,
    f.postcode,
    f.phone,
    f.email,
    f.notes,
    f.referralSource,
  ];
  if (id) {
    await assertPartner(em, id);
    await em.query(
      `UPDATE partner SET name = ?, kind = ?, establishment_id = ?, address_line1 = ?, address_line2 = ?,
         town = ?, postcode = ?, phone = ?, email = ?, notes = ?, referral_source = ?, updated_at = ? WHERE id = ?`,
      [...values, at, id],
    );
  } else {
    id = randomUUID();
    await em.query(
      `INSERT INTO partner (id, name, kind, establishment_id, address_line1, address_line2, town, postcode,
         phone, email, notes, referral_source, archived, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)`,
      [id, ...values, at, at],
    );
  }
  await em.query(`DELETE FROM partner_referral_name WHERE partner_id = ?`, [id]);
  // One row per name whatever its capitals: the first spelling typed is the one kept.
  const byKey = new Map<string, string>();
  for (const name of f.referralNames)
    if (!byKey.has(agencyKey(name))) byKey.set(agencyKey(name), name.trim());
  for (const name of byKey.values())
    await em.query(`INSERT INTO partner_referral_name (id, partner_id, name) VALUES (?, ?, ?)`, [
      randomUUID(),
      id,
      name,
    ]);
  return id;
}

/** The partner a child record belongs to, or NOT_FOUND. */
async function parentOf(em: EntityManager, table: string, id: string, what: string): Promise<string> {
  const rows = (await em.query(`SELECT partner_id AS partnerId FROM ${table} WHERE id = ?`, [id])) as {
    partnerId: string;
  }[];
  if (!rows[0]) throw new CoreError('NOT_FOUND', `That ${what} is no longer on record.`);
  return rows[0].partnerId;
}

/** Change a child record only through the partner it belongs to: an id from another partner is refused. */
async function assertChildOf(em: EntityManager, table: string, id: string, partnerId: string, what: string) {
  if ((await parentOf(em, table, id, what)) !== partnerId)
    throw new CoreError('NOT_FOUND', `That ${what} is no longer on record.`);
}

export async function saveLinkWorker(
  em: EntityManager,
  partnerId: string,
  id: string | undefined,
  f: z.output<typeof linkWorkerFields>,
  now: Date,
) {
  await assertPartner(em, partnerId);
  const at = now.toISOString();
  if (id) {
    await assertChildOf(em, 'partner_link_worker', id, partnerId, 'link worker');
    await em.query(
      `UPDATE partner_link_worker SET name = ?, role = ?, phone = ?, email = ?, updated_at = ? WHERE id = ?`,
      [f.name, f.role, f.phone, f.email, at, id],
    );
  } else
    await em.query(
      `INSERT INTO partner_link_worker (id, partner_id, name, role, phone, email, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      [randomUUID(), partnerId, f.name, f.role, f.phone, f.email, at, at],
    );
}

export async function removeLinkWorker(em: EntityManager, id: string): Promise<string> {
  const partnerId = await parentOf(em, 'partner_link_worker', id, 'link worker');
  await em.query(`DELETE FROM partner_link_worker WHERE id = ?`, [id]);
  return partnerId;
}

export async function saveAgreement(
  em: EntityManager,
  partnerId: string,
  id: string | undefined,
  f: z.output<typeof agreementFields>,
  now: Date,
) {
  await assertPartner(em, partnerId);
  if (f.signedOn && f.reviewOn && f.reviewOn < f.signedOn)
    throw new CoreError('VALIDATION', 'The review date cannot be before the agreement was signed.', {
      fieldErrors: { reviewOn: 'The review date cannot be before the agreement was signed.' },
    });
  const at = now.toISOString();
  const values = [f.title, f.kind, f.status, f.signedOn, f.reviewOn, f.notes];
  if (id) {
    await assertChildOf(em, 'partner_agreement', id, partnerId, 'agreement');
    await em.query(
      `UPDATE partner_agreement SET title = ?, kind = ?, status = ?, signed_on = ?, review_on = ?, notes = ?,
         updated_at = ? WHERE id = ?`,
      [...values, at, id],
    );
  } else
    await em.query(
      `INSERT INTO partner_agreement (id, partner_id, title, kind, status, signed_on, review_on, notes,
         created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [randomUUID(), partnerId, ...values, at, at],
    );
}

/** The signed copy, kept as bytes in the (encrypted) database with its sniffed type, size and digest. */
export async function attachDocument(em: EntityManager, id: string, file: AttachmentUpload, now: Date) {
  const partnerId = await parentOf(em, 'partner_agreement', id, 'agreement');
  const f = toFileColumns(file);
  await em.query(
    `UPDATE partner_agreement SET document_name = ?, document_type = ?, document_size = ?, document_sha256 = ?,
       document = ?, updated_at = ? WHERE id = ?`,
    [f.fileName, f.contentType, f.size, f.sha256, f.bytes, now.toISOString(), id],
  );
  return partnerId;
}

export async function agreementDocument(em: EntityManager, id: string) {
  const rows = (await em.query(
    `SELECT document_name AS fileName, document_type AS contentType, document AS bytes FROM partner_agreement WHERE id = ?`,
    [id],
  )) as { fileName: string | null; contentType: string | null; bytes: Buffer | null }[];
  const row = rows[0];
  if (!row) throw new CoreError('NOT_FOUND', 'That agreement is no longer on record.');
  const file = fileContent(row);
  if (!file) throw new CoreError('NOT_FOUND', 'No document is attached to this agreement.');
  // The agreement's answer carries no size.
  return { fileName: file.fileName, contentType: file.contentType, base64: file.base64 };
}

export async function recordLiaison(
  em: EntityManager,
  partnerId: string,
  f: z.output<typeof liaisonFields>,
  by: string,
  now: Date,
  today: string,
) {
  await assertPartner(em, partnerId);
  if (f.contactedOn > today)
    throw new CoreError('VALIDATION', 'A contact cannot be recorded before it happens.', {
      fieldErrors: { contactedOn: 'A contact cannot be recorded before it happens.' },
    });
  await em.query(
    `INSERT INTO partner_liaison (id, partner_id, contacted_on, contact_with, method, about, follow_up,
       recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      randomUUID(),
      partnerId,
      f.contactedOn,
      f.contactWith,
      f.method,
      f.about,
      f.followUp,
      by,
      now.toISOString(),
    ],
  );
}
