import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { ADMIN } from '../../../../tests/support/core-fixture';
import {
  MATCH_STAFF_AND_SAFEGUARDING,
  cleanUpAfterEach,
  errorOf as error,
  setUpStaff,
} from '../../../../tests/support/match-fixture';
import type { CoreEvent, JobInfo } from '../../../shared/contract';
import type { MatchDocument } from '../../../shared/contract/documents';
import { seedActiveMatch, seedAgreement, seedEnding } from './document-fixture';

const keep = cleanUpAfterEach();
const clock = new Date('2026-11-23T10:00:00Z');

/** pdftotext (poppler-utils) is on the build machines; without it the text checks are skipped. */
const HAVE_PDFTOTEXT = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

function pdfText(base64: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'waymark-pdf-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, Buffer.from(base64, 'base64'));
    // Collapse the layout's line breaks so sentences can be matched whole.
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function setUp() {
  const s = keep(
    await setUpStaff({
      now: clock,
      staff: MATCH_STAFF_AND_SAFEGUARDING,
      displayName: (username) => `${username} Staff`,
    }),
  );
  // The documents' jobs report through the core's events.
  const events: CoreEvent[] = [];
  s.core.onEvent((e) => events.push(e));
  const match = seedActiveMatch(s.db, { caseworkerId: s.ids['cas.one'] });
  /** Start a render and wait for its job to finish. */
  const render = async (channel: string, matchId = match.matchId): Promise<JobInfo> => {
    const { jobId } = await s.ok<{ jobId: string }>(channel, { matchId });
    for (;;) {
      const end = events.find((e) => e.event === 'job.finished' && e.payload.jobId === jobId);
      if (end) return end.payload;
      await sleep(5);
    }
  };
  const list = async (matchId = match.matchId) =>
    (await s.ok<{ documents: MatchDocument[] }>('documents.list', { matchId })).documents;
  const read = (documentId: string) =>
    s.ok<MatchDocument & { base64: string }>('documents.read', { documentId });
  return Object.assign(s, { match, render, list, read, events });
}

describe('documents: the agreement PDF', () => {
  // Shown as skipped, with the reason, where the PDF text cannot be read back.
  if (!HAVE_PDFTOTEXT)
    it.skip('reads text back from the PDFs (needs pdftotext, from poppler-utils, not installed here)', () => {});
  it('refuses before an agreement is saved, then renders a real PDF with the names, stored once per render', async () => {
    const s = await setUp();
    const refused = await error(s, 'documents.renderAgreement', { matchId: s.match.matchId });
    expect(refused.code).toBe('GATE_NOT_MET');
    expect(refused.unmet).toEqual([expect.stringContaining('Save the agreement')]);
    expect(await s.list()).toEqual([]);

    seedAgreement(s.db, s.match.matchId);
    const job = await s.render('documents.renderAgreement');
    expect(job).toMatchObject({ state: 'done', kind: 'documents.agreement', done: 2, total: 2 });

    const [first, ...rest] = await s.list();
    expect(rest).toEqual([]);
    expect(first).toMatchObject({
      kind: 'agreement',
      version: 1,
      fileName: 'agreement-X-2026-0007.pdf',
      createdByName: 'cora.c Staff',
      createdAt: clock.toISOString(),
    });
    const doc = await s.read(first!.id);
    const bytes = Buffer.from(doc.base64, 'base64');
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBe(doc.size);
    expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/);

    if (HAVE_PDFTOTEXT) {
      const text = pdfText(doc.base64);
      for (const expected of [
        ADMIN.organisationName,
        'Mentoring agreement',
        'X-2026-0007',
        'Robin Testwell',
        // The mentee's preferred name with their surname.
        'Jo Fictional',
        'Settle into a home of my own',
        'Register with a GP',
        'No money, gifts or lifts.',
        '9 months',
        '60 minutes',
        '90 minutes',
        '1 week',
        '4 August 2026',
        'safe, public place',
        // Signed dates in the mentor's and mentee's spaces; the co-ordinator's is left to sign.
        '28/04/2026',
        '29/04/2026',
        'Co-ordinator, for the programme',
      ])
        expect(text, expected).toContain(expected);
    }

    // A second render is kept beside the first, as version 2.
    await s.render('documents.renderAgreement');
    const both = await s.list();
    expect(both.map((d) => [d.version, d.fileName])).toEqual([
      [2, 'agreement-X-2026-0007-v2.pdf'],
      [1, 'agreement-X-2026-0007.pdf'],
    ]);
    expect(s.db.prepare('SELECT count(*) AS n FROM match_document').get()).toEqual({ n: 2 });
  });

  it('leaves unsigned spaces blank and audits every read of the bytes (criminal class), not the list', async () => {
    const s = await setUp();
    seedAgreement(s.db, s.match.matchId, { signed: false });
    await s.render('documents.renderAgreement');
    const [doc] = await s.list();
    const read = await s.read(doc!.id);
    if (HAVE_PDFTOTEXT) expect(pdfText(read.base64)).not.toMatch(/\d\d\/\d\d\/2026 Signature/);
    await s.read(doc!.id);

    const rows = s.db
      .prepare(
        `SELECT action, outcome, record_type AS recordType, record_id AS recordId, classes, detail
           FROM audit_event WHERE action LIKE 'documents.%' ORDER BY seq`,
      )
      .all() as { action: string; recordType: string; recordId: string; classes: string; detail: string }[];
    expect(rows.map((r) => r.action)).toEqual([
      'documents.renderAgreement',
      'documents.read',
      'documents.read',
    ]);
    expect(rows[0]).toMatchObject({ recordType: 'match', recordId: s.match.matchId, detail: 'agreement' });
    expect(rows[1]).toMatchObject({ recordType: 'match_document', recordId: doc!.id, detail: 'agreement' });
    expect(JSON.parse(rows[1]!.classes)).toContain('criminal');
    // Nothing personal in the job's events: ids, counts, a label and a state.
    const notes = s.events.map((e) => `${e.payload.label} ${e.payload.note ?? ''}`).join(' ');
    expect(notes).not.toMatch(/Robin|Jordan|Jo |Testwell|Fictional/);
  });
});

describe('documents: a render stopped by lock', () => {
  it('stores nothing when Waymark locks while the PDF is being drawn', async () => {
    const s = await setUp();
    seedAgreement(s.db, s.match.matchId);
    const { jobId } = await s.ok<{ jobId: string }>('documents.renderAgreement', {
      matchId: s.match.matchId,
    });
    await s.ok('vault.lock');
    for (;;) {
      const end = s.events.find((e) => e.event === 'job.finished' && e.payload.jobId === jobId);
      if (end) {
        expect(end.payload.state).toBe('cancelled');
        break;
      }
      await sleep(5);
    }
    expect(s.db.prepare('SELECT count(*) AS n FROM match_document').get()).toEqual({ n: 0 });
  });
});

describe('documents: ending letters', () => {
  it('refuses while the match is active, then renders the three letters warm and plain', async () => {
    const s = await setUp();
    expect((await error(s, 'documents.renderEndingLetters', { matchId: s.match.matchId })).code).toBe(
      'GATE_NOT_MET',
    );
    seedEnding(s.db, s.match.matchId, { continuesInformally: true });
    const job = await s.render('documents.renderEndingLetters');
    expect(job).toMatchObject({ state: 'done', done: 4, total: 4 });
    const docs = await s.list();
    expect(docs.map((d) => d.fileName).sort()).toEqual([
      'ending-letter-case-manager-X-2026-0007.pdf',
      'ending-letter-mentee-X-2026-0007.pdf',
      'ending-letter-mentor-X-2026-0007.pdf',
    ]);
    if (!HAVE_PDFTOTEXT) return;
    const text = async (kind: string) =>
      pdfText((await s.read(docs.find((d) => d.kind === kind)!.id)).base64);
    const mentee = await text('ending_letter_mentee');
    expect(mentee).toContain('Dear Jo,');
    expect(mentee).toContain('20 November 2026');
    expect(mentee).toContain('support, supervision or expenses');
    expect(mentee).toContain('cora.c Staff');
    const mentor = await text('ending_letter_mentor');
    expect(mentor).toContain('Dear Robin,');
    expect(mentor).toContain('stay in touch');
    const caseManager = await text('ending_letter_case_manager');
    expect(caseManager).toContain('Dear Priya Placeholder,');
    expect(caseManager).toContain('Jo Fictional');
    expect(caseManager).toContain('4 May 2026');
    expect(caseManager).toContain('has ended');
    // Informal contact is between the two of them; the case manager's letter does not speak of it.
    expect(caseManager).not.toMatch(/informal|stay in touch/i);
    // The reason for the ending stays in the record; nothing about offending appears anywhere.
    for (const letter of [mentee, mentor, caseManager]) {
      expect(letter).not.toMatch(/offence|offending|agreed length|conviction/i);
    }
  });
});

describe('documents: who may', () => {
  it('keeps to the caseload, refuses lead mentors, lets safeguarding leads read but not render', async () => {
    const s = await setUp();
    seedAgreement(s.db, s.match.matchId);
    await s.render('documents.renderAgreement');
    const [doc] = await s.list();

    await s.as('cas.two');
    expect((await error(s, 'documents.renderAgreement', { matchId: s.match.matchId })).code).toBe(
      'FORBIDDEN',
    );
    expect((await error(s, 'documents.list', { matchId: s.match.matchId })).code).toBe('FORBIDDEN');
    expect((await error(s, 'documents.read', { documentId: doc!.id })).code).toBe('FORBIDDEN');

    await s.as('cas.one');
    await s.render('documents.renderAgreement');
    expect((await s.read(doc!.id)).kind).toBe('agreement');
    expect(await s.list()).toHaveLength(2);

    await s.as('lee.lead');
    expect((await error(s, 'documents.list', { matchId: s.match.matchId })).code).toBe('FORBIDDEN');
    expect((await error(s, 'documents.read', { documentId: doc!.id })).code).toBe('FORBIDDEN');

    await s.as('saf.lead');
    expect(await s.list()).toHaveLength(2);
    expect((await s.read(doc!.id)).base64.length).toBeGreaterThan(100);
    expect((await error(s, 'documents.renderAgreement', { matchId: s.match.matchId })).code).toBe(
      'FORBIDDEN',
    );
    // The denied attempts are in the audit chain.
    const denied = s.db
      .prepare(`SELECT count(*) AS n FROM audit_event WHERE action LIKE 'documents.%' AND outcome = 'denied'`)
      .get() as { n: number };
    expect(denied.n).toBeGreaterThanOrEqual(6);
  });

  it('answers bad input with VALIDATION and unknown records with NOT_FOUND', async () => {
    const s = await setUp();
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(await error(s, 'documents.renderAgreement', { matchId: 'X-2026-0007' })).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { matchId: 'That match reference is not valid.' },
    });
    expect((await error(s, 'documents.read', { documentId: 'nope' })).code).toBe('VALIDATION');
    expect((await error(s, 'documents.list', { matchId: s.match.matchId, extra: 1 })).code).toBe(
      'VALIDATION',
    );
    expect((await error(s, 'documents.renderAgreement', { matchId: unknown })).code).toBe('NOT_FOUND');
    expect((await error(s, 'documents.read', { documentId: unknown })).code).toBe('NOT_FOUND');
    // A caseworker probing ids learns nothing: an unknown document is simply refused.
    await s.as('cas.one');
    expect((await error(s, 'documents.read', { documentId: unknown })).code).toBe('FORBIDDEN');
  });
});
