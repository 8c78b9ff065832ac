import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { MatchDocument } from '../../../shared/contract/documents';
import type { MatchDocumentKind } from '../../../shared/matching/relationship';

/**
 * Reading and writing the PDFs kept with a match (`match_document`). The bytes are only ever read
 * one document at a time (`readDocument`); lists never touch the BLOB column.
 */

/** How a person is named on a document: the name they use, then their surname. */
export const NAME_SQL = (alias: string) =>
  `trim(coalesce(nullif(${alias}.preferred_name, ''), ${alias}.first_name) || ' ' || ${alias}.last_name)`;
const FIRST_SQL = (alias: string) => `coalesce(nullif(${alias}.preferred_name, ''), ${alias}.first_name)`;
/** A member of staff by account id, including accounts since removed. */
const STAFF_SQL = (column: string) =>
  `coalesce((SELECT display_name FROM account WHERE id = ${column}),
            (SELECT display_name FROM former_account WHERE id = ${column}), '')`;

export interface MatchParties {
  id: string;
  reference: string;
  stage: string;
  activeOn: string | null;
  mentorName: string;
  mentorFirstName: string;
  menteeName: string;
  menteeFirstName: string;
  caseManagerName: string;
}

export async function readParties(em: EntityManager, matchId: string): Promise<MatchParties | null> {
  const [row] = (await em.query(
    `SELECT x.id, x.reference, x.stage, x.active_on AS activeOn,
            ${NAME_SQL('r')} AS mentorName, ${FIRST_SQL('r')} AS mentorFirstName,
            ${NAME_SQL('e')} AS menteeName, ${FIRST_SQL('e')} AS menteeFirstName,
            e.case_manager_name AS caseManagerName
       FROM match x JOIN mentor r ON r.id = x.mentor_id JOIN mentee e ON e.id = x.mentee_id
      WHERE x.id = ?`,
    [matchId],
  )) as MatchParties[];
  return row ?? null;
}

export interface AgreementRow {
  groundRules: string;
  aim: string;
  objectives: string;
  lengthValue: number;
  lengthUnit: string;
  meetingMinMinutes: number;
  meetingMaxMinutes: number;
  contactBetweenValue: number;
  contactBetweenUnit: string;
  reviewOn: string;
  mentorSignedOn: string | null;
  menteeSignedOn: string | null;
  /** The three-way meeting's date, when it was recorded: the day the agreement was made. */
  meetingHeldOn: string | null;
}

/** The saved agreement (written by the matches area), or null when none is saved yet. */
export async function readAgreement(em: EntityManager, matchId: string): Promise<AgreementRow | null> {
  const [row] = (await em.query(
    `SELECT a.ground_rules AS groundRules, a.aim, a.objectives,
            a.length_value AS lengthValue, a.length_unit AS lengthUnit,
            a.meeting_min_minutes AS meetingMinMinutes, a.meeting_max_minutes AS meetingMaxMinutes,
            a.contact_between_value AS contactBetweenValue, a.contact_between_unit AS contactBetweenUnit,
            a.review_on AS reviewOn, a.mentor_signed_on AS mentorSignedOn, a.mentee_signed_on AS menteeSignedOn,
            (SELECT held_on FROM match_meeting WHERE match_id = a.match_id) AS meetingHeldOn
       FROM match_agreement a WHERE a.match_id = ?`,
    [matchId],
  )) as AgreementRow[];
  return row ?? null;
}

export interface EndingRow {
  kind: string;
  reason: string;
  endedOn: string;
  continuesInformally: boolean;
}

/** The match's ending (written by the endings area), or null while it has not ended. */
export async function readEnding(em: EntityManager, matchId: string): Promise<EndingRow | null> {
  const [row] = (await em.query(
    `SELECT kind, reason, ended_on AS endedOn, continues_informally AS continuesInformally
       FROM match_ending WHERE match_id = ?`,
    [matchId],
  )) as (Omit<EndingRow, 'continuesInformally'> & { continuesInformally: number })[];
  return row ? { ...row, continuesInformally: row.continuesInformally === 1 } : null;
}

export async function staffName(em: EntityManager, accountId: string): Promise<string> {
  const [row] = (await em.query(`SELECT ${STAFF_SQL('?')} AS name`, [accountId, accountId])) as {
    name: string;
  }[];
  return row?.name ?? '';
}

export interface NewDocument {
  kind: MatchDocumentKind;
  bytes: Uint8Array;
}

/** The file name a document is saved under: `agreement-X-2026-0007.pdf`, then `-v2`, `-v3`… */
export function documentFileName(kind: MatchDocumentKind, reference: string, version: number): string {
  const stem = kind === 'agreement' ? 'agreement' : kind.replace(/_/g, '-');
  return `${stem}-${reference}${version > 1 ? `-v${version}` : ''}.pdf`;
}

/** Store rendered PDFs for a match (the caller runs this in one transaction). Each render is kept. */
export async function insertDocuments(
  em: EntityManager,
  matchId: string,
  reference: string,
  docs: readonly NewDocument[],
  createdBy: string,
  now: Date,
): Promise<string[]> {
  const ids: string[] = [];
  for (const doc of docs) {
    const [{ n } = { n: 0 }] = (await em.query(
      `SELECT count(*) AS n FROM match_document WHERE match_id = ? AND kind = ?`,
      [matchId, doc.kind],
    )) as { n: number }[];
    const id = randomUUID();
    const bytes = Buffer.from(doc.bytes);
    await em.query(
      `INSERT INTO match_document (id, match_id, kind, file_name, bytes, size, sha256, created_by, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        id,
        matchId,
        doc.kind,
        documentFileName(doc.kind, reference, n + 1),
        bytes,
        bytes.length,
        createHash('sha256').update(bytes).digest('hex'),
        createdBy,
        now.toISOString(),
      ],
    );
    ids.push(id);
  }
  return ids;
}

const DOCUMENT_COLUMNS = `d.id, d.match_id AS matchId, d.kind, d.file_name AS fileName, d.size, d.sha256,
  ${STAFF_SQL('d.created_by')} AS createdByName, d.created_at AS createdAt`;

/** A match's documents without their bytes, newest first; versions count up per kind, oldest first. */
export async function listDocuments(em: EntityManager, matchId: string): Promise<MatchDocument[]> {
  return (await em.query(
    `SELECT ${DOCUMENT_COLUMNS},
            row_number() OVER (PARTITION BY d.kind ORDER BY d.created_at, d.rowid) AS version
       FROM match_document d WHERE d.match_id = ?
      ORDER BY d.created_at DESC, d.rowid DESC`,
    [matchId],
  )) as MatchDocument[];
}

/** One document with its bytes as base64, or null. */
export async function readDocument(
  em: EntityManager,
  documentId: string,
): Promise<(MatchDocument & { base64: string }) | null> {
  const [row] = (await em.query(
    `SELECT ${DOCUMENT_COLUMNS}, d.bytes,
            (SELECT count(*) FROM match_document p
              WHERE p.match_id = d.match_id AND p.kind = d.kind
                AND (p.created_at < d.created_at OR (p.created_at = d.created_at AND p.rowid <= d.rowid))) AS version
       FROM match_document d WHERE d.id = ?`,
    [documentId],
  )) as (MatchDocument & { bytes: Buffer })[];
  if (!row) return null;
  const { bytes, ...rest } = row;
  return { ...rest, base64: Buffer.from(bytes).toString('base64') };
}

/** The match a document belongs to (for its scope), by document id. */
export async function documentMatches(
  em: EntityManager,
  documentIds: readonly string[],
): Promise<{ id: string; matchId: string }[]> {
  return (await em.query(
    `SELECT id, match_id AS matchId FROM match_document WHERE id IN (SELECT value FROM json_each(?))`,
    [JSON.stringify(documentIds)],
  )) as { id: string; matchId: string }[];
}
