import { z } from 'zod';
import { classed, defineArea } from './define';
import { safeText } from './common';

/**
 * Importing an existing list of mentors from a spreadsheet (CSV or XLSX). The file is read and
 * every row checked by a job (`import.mentors`), which keeps a preview in the core for the person
 * who ran it; nothing is written until they accept it (`imports.commit`), all in one
 * transaction. Locking, cancelling or importing drops the preview.
 */

/** The parts of a mentor record a spreadsheet may fill. Vetting and criminal-class fields never come in this way. */
export const IMPORT_FIELDS = [
  'firstName',
  'lastName',
  'preferredName',
  'dateOfBirth',
  'email',
  'phone',
  'addressLine1',
  'addressLine2',
  'town',
  'postcode',
  'enquiryDate',
  'heardVia',
  'applicationDate',
  'motivation',
  'hopes',
  'employmentStatus',
  'interests',
  'skills',
  'languages',
  'learningStyle',
  'availability',
  'availabilityNotes',
  'travelArea',
  'notes',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  firstName: 'First name',
  lastName: 'Last name',
  preferredName: 'Preferred name',
  dateOfBirth: 'Date of birth',
  email: 'Email',
  phone: 'Telephone',
  addressLine1: 'Address line 1',
  addressLine2: 'Address line 2',
  town: 'Town',
  postcode: 'Postcode',
  enquiryDate: 'Date of first enquiry',
  heardVia: 'How they heard',
  applicationDate: 'Application date',
  motivation: 'Motivation',
  hopes: 'What they hope to get from it',
  employmentStatus: 'Employment or education',
  interests: 'Interests',
  skills: 'Skills',
  languages: 'Languages',
  learningStyle: 'Learning style',
  availability: 'Days available',
  availabilityNotes: 'Availability notes',
  travelArea: 'Where they can travel',
  notes: 'Notes',
};

export const IMPORT_LIMITS = {
  maxBytes: 5 * 1024 * 1024,
  maxRows: 5000,
  maxColumns: 100,
} as const;
/** Base64 grows a file by a third. */
const BASE64_MAX = Math.ceil(IMPORT_LIMITS.maxBytes / 3) * 4;

export const IMPORT_MODES = ['all', 'valid'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

const jobId = z.string({ message: 'Choose an import.' }).uuid('That import reference is not valid.');

export const readMentorSheetInput = z
  .object({
    fileName: safeText({ subject: 'The file name', max: 200, required: 'Choose a file.' }).refine(
      (v) => /\.(csv|xlsx)$/i.test(v),
      'Choose a CSV or XLSX file. An older .xls file needs saving as .xlsx first.',
    ),
    fileBase64: z
      .string({ message: 'Choose a file.' })
      .min(1, 'The file is empty.')
      .max(BASE64_MAX, 'The file is larger than 5 MB. Split it into smaller files and import each.')
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The file could not be read. Choose it again.'),
    /** Column (by position) → mentor detail, or null to ignore it. Leave out to let Waymark guess. */
    mapping: z
      .array(z.enum(IMPORT_FIELDS, { message: 'Choose a mentor detail from the list.' }).nullable())
      .max(IMPORT_LIMITS.maxColumns, `A file can have at most ${IMPORT_LIMITS.maxColumns} columns.`)
      .refine((m) => {
        const used = m.filter((f) => f !== null);
        return new Set(used).size === used.length;
      }, 'Each mentor detail can come from one column only.')
      .nullable()
      .optional()
      .default(null),
  })
  .strict();
export type ReadMentorSheetInput = z.input<typeof readMentorSheetInput>;

const ref = <S extends z.ZodType>(s: S) => classed('reference', s);
const dir = <S extends z.ZodType>(s: S) => classed('directory', s);
const contact = <S extends z.ZodType>(s: S) => classed('contact', s);

const columnSchema = z.object({
  index: ref(z.number()),
  /** The heading as written in the file. */
  title: dir(z.string()),
  field: ref(z.enum(IMPORT_FIELDS).nullable()),
});
export type ImportColumn = z.infer<typeof columnSchema>;

const problemSchema = z.object({
  field: ref(z.enum(IMPORT_FIELDS).nullable()),
  /** May quote what the cell held (a date that could not be read), so contact class. */
  message: contact(z.string()),
});
export type ImportProblem = z.infer<typeof problemSchema>;

const previewRowSchema = z.object({
  /** The row's number as the spreadsheet shows it (the heading is row 1). */
  rowNumber: ref(z.number()),
  firstName: dir(z.string()),
  lastName: dir(z.string()),
  dateOfBirth: contact(z.string().nullable()),
  email: contact(z.string()),
  errors: z.array(problemSchema),
  warnings: ref(z.array(z.string())),
});
export type ImportPreviewRow = z.infer<typeof previewRowSchema>;

export const IMPORT_ROW_FILTERS = ['all', 'errors', 'warnings', 'valid'] as const;

const countsSchema = z.object({
  rows: ref(z.number()),
  valid: ref(z.number()),
  withErrors: ref(z.number()),
  withWarnings: ref(z.number()),
});
export type ImportCounts = z.infer<typeof countsSchema>;

const UUID = '00000000-0000-4000-8000-000000000000';

export const mentorImportChannels = defineArea('imports', {
  preview: {
    kind: 'read',
    input: z
      .object({
        jobId,
        show: z.enum(IMPORT_ROW_FILTERS, { message: 'Choose which rows to show.' }).default('all'),
        page: z.number().int().min(1).default(1),
        pageSize: z.number().int().min(1).max(200).default(50),
      })
      .strict(),
    output: z.object({
      fileName: dir(z.string()),
      /** Why the file as a whole could not be read (too many rows, not a spreadsheet), or null. */
      problem: ref(z.string().nullable()),
      columns: z.array(columnSchema),
      /** The date given to rows with no date of first enquiry (the day of the import). */
      enquiryDefault: ref(z.string()),
      counts: countsSchema,
      total: ref(z.number()),
      page: ref(z.number()),
      pageSize: ref(z.number()),
      rows: z.array(previewRowSchema),
    }),
    classes: ['reference', 'directory', 'contact'],
    access: ['coordinator'],
    label: 'Looked at a mentor import preview',
    summary:
      'The checked rows of a spreadsheet read by an import job, with each row’s problems, a page at a time.',
    examples: {
      valid: [{ jobId: UUID }, { jobId: UUID, show: 'errors', page: 2 }],
      invalid: [{}, { jobId: 'x' }, { jobId: UUID, show: 'some' }, { jobId: UUID, pageSize: 1000 }],
    },
  },
  commit: {
    kind: 'write',
    input: z
      .object({
        jobId,
        mode: z.enum(IMPORT_MODES, { message: 'Choose to import every row or only the valid ones.' }),
      })
      .strict(),
    output: z.object({ imported: ref(z.number()), skipped: ref(z.number()) }),
    classes: ['reference', 'directory', 'contact'],
    access: ['coordinator'],
    label: 'Imported mentors from a spreadsheet',
    summary:
      'Add the previewed rows as mentors at the enquiry stage, every row or only the valid ones, in one go.',
    invalidates: ['mentors', 'imports'],
    examples: {
      valid: [{ jobId: UUID, mode: 'valid' }],
      invalid: [{ jobId: UUID }, { jobId: UUID, mode: 'some' }, { mode: 'all' }],
    },
  },
  discard: {
    kind: 'write',
    input: z.object({ jobId }).strict(),
    output: z.object({ discarded: ref(z.boolean()) }),
    classes: ['reference'],
    access: ['coordinator'],
    label: 'Cancelled a mentor import',
    summary: 'Drop an import’s preview without adding anyone.',
    examples: { valid: [{ jobId: UUID }], invalid: [{}, { jobId: 'x' }] },
  },
});
