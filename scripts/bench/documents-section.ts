// Section d: the agreement PDF (issue 10: "the agreement PDF under 1 s", with the
// plaintext-vs-encrypted ratio). Side by side, per round:
//   render:        the agreement drawn to PDF bytes by @react-pdf/renderer (CPU only, no database);
//   store + read:  the job's one-transaction insert of the PDF, then reading it back as the
//                  `documents.read` handler does, on a plaintext and an encrypted copy of the same
//                  database (2,000 PDFs already stored over 400 other matches);
//   core:          the whole path a person waits for: documents.renderAgreement (scoped, audited),
//                  the job rendering and storing, its finished event, documents.list and the audited
//                  documents.read of the new PDF.
// Goal: < 1 s for the agreement PDF, through the core.
import Database from 'better-sqlite3-multiple-ciphers';
import type { Core } from '../../src/main/core';
import { seedActiveMatch, seedAgreement } from '../../src/main/core/documents/document-fixture';
import { insertDocuments, readDocument } from '../../src/main/core/documents/document.queries';
import { agreementDocument, type AgreementSource } from '../../src/main/core/documents/pdf/agreement.pdf';
import { renderPdf } from '../../src/main/core/documents/pdf/pdf-kit';
import type { CoreEvent } from '../../src/shared/contract';
import type { MatchDocument } from '../../src/shared/contract/documents';
import { BENCH_ACCOUNT as ACCOUNT, must } from './core-session';
import { interleave, progress } from './rounds';
import { elapsedMs, fmtMs, fmtRatio, pairRatios, spread, spreadCells, table } from './report';
import {
  encryptedCopy,
  newVault,
  openVaultDatabase,
  plaintextTwin,
  rawManager,
  reopenCore,
} from './section-databases';

const GOAL_MS = 1000;
const STORED = 2_000;

export interface DocumentsOptions {
  dir: string;
  rounds: number;
}

/** The document queries only use `query(sql, params)`. */

const SOURCE: AgreementSource = {
  programme: ACCOUNT.organisationName,
  reference: 'X-2026-0007',
  mentorName: 'Robin Testwell',
  menteeName: 'Jo Fictional',
  aim: 'Settle into a home of my own and find steady work within six months of release.',
  objectives:
    'Register with a GP in the first week after release.\nGo to the job centre together and build a CV.\nOpen a bank account.',
  groundRules:
    'We keep what is said between us, except where someone could be at risk.\nWe meet only in safe, public places.\nNo money, gifts or lifts.',
  lengthValue: 9,
  lengthUnit: 'months',
  meetingMinMinutes: 60,
  meetingMaxMinutes: 90,
  contactBetweenValue: 1,
  contactBetweenUnit: 'weeks',
  reviewOn: '2026-08-04',
  mentorSignedOn: '2026-04-28',
  menteeSignedOn: '2026-04-29',
  madeOn: '2026-04-28',
  producedOn: '2026-11-23',
};

/** A match with its agreement, and STORED earlier PDFs over other matches, in one transaction. */
function seed(db: Database.Database, pdf: Uint8Array): string {
  let matchId = '';
  db.transaction(() => {
    matchId = seedActiveMatch(db).matchId;
    seedAgreement(db, matchId);
    const others = Array.from(
      { length: STORED / 5 },
      (_, i) => seedActiveMatch(db, { reference: `X-2025-${String(i + 1).padStart(4, '0')}` }).matchId,
    );
    const insert = db.prepare(
      `INSERT INTO match_document (id, match_id, kind, file_name, bytes, size, sha256, created_by, created_at)
       VALUES (?, ?, 'agreement', ?, ?, ?, '', 'bench', ?)`,
    );
    for (let i = 0; i < STORED; i++)
      insert.run(
        crypto.randomUUID(),
        others[i % others.length],
        `old-${i}.pdf`,
        Buffer.from(pdf),
        pdf.length,
        new Date(i).toISOString(),
      );
  })();
  return matchId;
}

async function storeAndRead(db: Database.Database, matchId: string, pdf: Uint8Array): Promise<void> {
  const em = rawManager(db);
  db.exec('BEGIN');
  const [id] = await insertDocuments(
    em,
    matchId,
    'X-2026-0007',
    [{ kind: 'agreement', bytes: pdf }],
    'bench',
    new Date(),
  );
  db.exec('COMMIT');
  const doc = await readDocument(em, id!);
  if (!doc?.base64) throw new Error('the stored PDF did not come back');
}

/** documents.renderAgreement → the job's finished event → list → read, as the screen does it. */
async function throughCore(core: Core, events: CoreEvent[], matchId: string): Promise<void> {
  const { jobId } = (await must(core, 'documents.renderAgreement', { matchId })) as { jobId: string };
  for (;;) {
    const end = events.find((e) => e.event === 'job.finished' && e.payload.jobId === jobId);
    if (end) {
      if (end.payload.state !== 'done') throw new Error(`the render job ended ${end.payload.state}`);
      break;
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  const { documents } = (await must(core, 'documents.list', { matchId })) as { documents: MatchDocument[] };
  await must(core, 'documents.read', { documentId: documents[0]!.id });
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const t0 = process.hrtime.bigint();
  await work();
  return elapsedMs(t0);
}

export async function documentsSection({ dir, rounds }: DocumentsOptions): Promise<void> {
  console.log(
    `\n## d. The agreement PDF: render, store + read (plaintext vs encrypted), and through the core; ${rounds} rounds\n`,
  );
  // Warm the renderer once (module loading and font metrics), as a running core would be.
  const firstT0 = process.hrtime.bigint();
  const pdf = await renderPdf(agreementDocument(SOURCE));
  console.log(
    `  first render after start-up (cold): ${fmtMs(elapsedMs(firstT0))}; the PDF is ${pdf.length} bytes`,
  );

  const dataDir = await newVault(dir, 'documents');

  const vault = await openVaultDatabase(dataDir);
  const { live, variant } = vault;
  const matchId = seed(live, pdf);
  live.close();
  const encrypted = encryptedCopy(vault, dir, 'documents');
  const plain = plaintextTwin(dir, 'documents');
  const plainMatchId = seed(plain, pdf);

  const events: CoreEvent[] = [];
  const core = await reopenCore(dataDir, (c) => c.onEvent((e) => events.push(e)));
  try {
    const runs = await interleave(
      rounds,
      [
        { name: 'render', run: () => timed(() => renderPdf(agreementDocument(SOURCE))) },
        { name: 'plaintext', run: () => timed(() => storeAndRead(plain, plainMatchId, pdf)) },
        { name: variant.name, run: () => timed(() => storeAndRead(encrypted, matchId, pdf)) },
        { name: 'core', run: () => timed(() => throughCore(core, events, matchId)) },
      ],
      progress('documents', rounds),
    );
    const ms = (xs: number[]) => spreadCells(spread(xs), fmtMs);
    const p = runs.get('plaintext')!;
    const e = runs.get(variant.name)!;
    console.log('');
    console.log(
      table(
        ['agreement PDF', 'min', 'median', 'max'],
        [
          ['render (@react-pdf/renderer, warm)', ...ms(runs.get('render')!)],
          ['store + read: plaintext', ...ms(p)],
          [`store + read: ${variant.name}`, ...ms(e)],
          [
            `store + read: ratio ${variant.name} ÷ plaintext`,
            ...spreadCells(spread(pairRatios(e, p)), fmtRatio),
          ],
          [
            `through the core: start → job done → list → read (goal < ${fmtMs(GOAL_MS)})`,
            ...ms(runs.get('core')!),
          ],
        ],
      ),
    );
  } finally {
    plain.close();
    encrypted.close();
    await core.close();
  }
}
