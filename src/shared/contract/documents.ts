import { z } from 'zod';
import { classed, defineArea } from './define';
import { id } from './common';
import { jobKind } from './jobs';
import { MATCH_DOCUMENT_KINDS } from '../matching/relationship';

/**
 * PDFs kept with a match: the shared mentoring agreement and the three ending letters (to the
 * mentee, the mentor and the case manager). They are rendered in the core as jobs and stored inside
 * the encrypted database; the window previews, saves or prints the stored bytes.
 *
 * Starting a render is a call about one match (scope checked, audited); the job then renders from
 * what that call read and stores the PDFs in one transaction. The job kinds are declared here, not in
 * `JOB_KINDS`, on purpose: `jobs.start` checks only a kind's roles, not which match it is about, so
 * these jobs are started only through `documents.renderAgreement` / `documents.renderEndingLetters`.
 */
export const DOCUMENT_JOB_KINDS = {
  agreement: jobKind({
    kind: 'documents.agreement',
    access: ['coordinator', 'caseworker'],
    input: z.object({ matchId: id }).strict(),
    label: 'Creating the agreement PDF',
  }),
  endingLetters: jobKind({
    kind: 'documents.endingLetters',
    access: ['coordinator', 'caseworker'],
    input: z.object({ matchId: id }).strict(),
    label: 'Creating the ending letters',
  }),
} as const;

const matchId = z.string({ message: 'Choose a match.' }).uuid('That match reference is not valid.');
const documentId = z.string({ message: 'Choose a document.' }).uuid('That document reference is not valid.');
const kind = z.enum(MATCH_DOCUMENT_KINDS, { message: 'Choose a kind of document.' });

const contact = <S extends z.ZodType>(s: S) => classed('contact', s);

/** A stored PDF without its bytes. The file name carries the match reference (casework, not directory). */
export const matchDocumentSchema = z.object({
  id: contact(z.string()),
  matchId: contact(z.string()),
  kind: contact(kind),
  /** 1 for the first of its kind for this match, then 2, 3… (each render is kept). */
  version: contact(z.number()),
  fileName: contact(z.string()),
  size: contact(z.number()),
  sha256: contact(z.string()),
  createdByName: contact(z.string()),
  createdAt: contact(z.string()),
});
export type MatchDocument = z.infer<typeof matchDocumentSchema>;

const CASEWORK = ['coordinator', 'caseworker'] as const;
const READERS = ['coordinator', 'caseworker', 'safeguarding_lead'] as const;
const UUID = '00000000-0000-4000-8000-000000000000';
const started = z.object({ jobId: classed('reference', z.string()) });

export const documentsChannels = defineArea('documents', {
  renderAgreement: {
    kind: 'write',
    input: z.object({ matchId }).strict(),
    output: started,
    classes: ['reference', 'directory', 'contact'],
    access: CASEWORK,
    label: 'Created the agreement PDF',
    summary:
      'Start a job that renders the saved agreement of a match as a PDF with signature spaces and keeps it with the match.',
    examples: {
      valid: [{ matchId: UUID }],
      invalid: [{}, { matchId: 'X-2026-0001' }, { matchId: UUID, kind: 'agreement' }],
    },
  },
  renderEndingLetters: {
    kind: 'write',
    input: z.object({ matchId }).strict(),
    output: started,
    classes: ['reference', 'directory', 'contact', 'criminal'],
    access: CASEWORK,
    label: 'Created the ending letters',
    summary:
      'Start a job that renders the three ending letters of an ended match (mentee, mentor, case manager) as PDFs and keeps them with the match.',
    examples: {
      valid: [{ matchId: UUID }],
      invalid: [{}, { matchId: 42 }, { matchId: UUID, letters: ['mentee'] }],
    },
  },
  list: {
    kind: 'read',
    input: z.object({ matchId }).strict(),
    output: z.object({ documents: z.array(matchDocumentSchema) }),
    classes: ['contact'],
    access: READERS,
    label: 'Looked at the documents of a match',
    summary: 'The PDFs kept with a match, newest first, without their contents.',
    examples: { valid: [{ matchId: UUID }], invalid: [{}, { matchId: 'nope' }, { matchId: UUID, page: 1 }] },
  },
  read: {
    kind: 'read',
    input: z.object({ documentId }).strict(),
    output: matchDocumentSchema.extend({
      /** The PDF, base64. A letter to a case manager speaks of a sentence: every read is audited. */
      base64: classed('criminal', z.string()),
    }),
    classes: ['contact', 'criminal'],
    access: READERS,
    label: 'Opened a document of a match',
    summary: 'One stored PDF with its contents (base64), for previewing, saving or printing.',
    examples: { valid: [{ documentId: UUID }], invalid: [{}, { documentId: 'x' }, { id: UUID }] },
  },
});
