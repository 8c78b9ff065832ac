import { DOCUMENT_JOB_KINDS } from '../../../shared/contract/documents';
import { JobStopped, type JobContext, type JobImpl } from '../jobs/job.types';
import { agreementDocument, type AgreementSource } from './pdf/agreement.pdf';
import { LETTER_KINDS, endingLetterDocument, type LettersSource } from './pdf/ending-letter.pdf';
import { renderPdf } from './pdf/pdf-kit';
import { insertDocuments, type NewDocument } from './document.queries';

/**
 * The two rendering jobs. Their input is not typed by anyone: it is what `documents.renderAgreement`
 * or `documents.renderEndingLetters` read inside their own scoped, audited call, handed to the lane
 * with the job's id. A job renders outside any transaction (rendering takes tens of milliseconds and
 * must not hold the call queue), then stores every PDF it made in ONE short transaction, so a lock
 * or cancel in between leaves nothing half-stored. The call that started it is the audit row for the
 * write; the document row names who made it and when.
 */
interface Stored {
  matchId: string;
  reference: string;
  createdBy: string;
  /** When the render was asked for (the core's clock), recorded as the document's time. */
  at: string;
}
export interface AgreementJobInput extends Stored {
  source: AgreementSource;
}
export interface LettersJobInput extends Stored {
  source: LettersSource;
}

async function store(
  ctx: JobContext,
  input: Stored,
  docs: NewDocument[],
): Promise<{ documentIds: string[] }> {
  if (ctx.signal.aborted) throw new JobStopped();
  ctx.progress(docs.length, docs.length + 1, 'Saving with the match');
  const documentIds = await ctx.transaction((em) =>
    insertDocuments(em, input.matchId, input.reference, docs, input.createdBy, new Date(input.at)),
  );
  ctx.progress(docs.length + 1, docs.length + 1, 'Saved');
  return { documentIds };
}

export const agreementJob: JobImpl = {
  def: DOCUMENT_JOB_KINDS.agreement,
  async run(ctx, raw) {
    const input = raw as AgreementJobInput;
    ctx.progress(0, 2, 'Rendering the agreement');
    const bytes = await renderPdf(agreementDocument(input.source));
    return store(ctx, input, [{ kind: 'agreement', bytes }]);
  },
};

export const endingLettersJob: JobImpl = {
  def: DOCUMENT_JOB_KINDS.endingLetters,
  async run(ctx, raw) {
    const input = raw as LettersJobInput;
    const docs: NewDocument[] = [];
    for (const [i, kind] of LETTER_KINDS.entries()) {
      if (ctx.signal.aborted) throw new JobStopped();
      ctx.progress(i, LETTER_KINDS.length + 1, `Rendering letter ${i + 1} of ${LETTER_KINDS.length}`);
      docs.push({ kind, bytes: await renderPdf(endingLetterDocument(kind, input.source)) });
    }
    return store(ctx, input, docs);
  },
};
