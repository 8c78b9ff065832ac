import { contract } from '../../../shared/contract';
import { JOB_KINDS } from '../../../shared/contract/jobs';
import { CoreError } from '../../../shared/errors';
import { defineHandlers } from '../ipc/handler.types';
import { laneFor } from '../jobs/job-lane';
import type { Vault } from '../vault/vault.service';
import type { CheckedRow, ImportPreview } from './check-rows';
import { insertImportedMentors } from './import.queries';

const KIND = JOB_KINDS['import.mentors'].kind;

/** The preview the caller's own import job left, or NOT_FOUND (someone else's reads as none). */
function previewOf(vault: Vault, jobId: string, accountId: string): ImportPreview {
  const preview = laneFor(vault)?.result(jobId, accountId, KIND) as ImportPreview | null | undefined;
  if (!preview)
    throw new CoreError(
      'NOT_FOUND',
      'That import is no longer open (it was imported, cancelled, or Waymark was locked). Choose the file again.',
    );
  return preview;
}

const SHOW: Record<string, (row: CheckedRow) => boolean> = {
  all: () => true,
  errors: (row) => row.errors.length > 0,
  warnings: (row) => row.warnings.length > 0,
  valid: (row) => row.errors.length === 0,
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const mentorImportHandlers = defineHandlers(contract.imports, {
  preview: {
    async run({ vault, caller }, input) {
      const preview = previewOf(vault, input.jobId, caller!.accountId);
      const shown = preview.rows.filter(SHOW[input.show] ?? SHOW.all!);
      const from = (input.page - 1) * input.pageSize;
      return {
        fileName: preview.fileName,
        problem: preview.problem,
        columns: preview.columns,
        enquiryDefault: preview.enquiryDefault,
        counts: {
          rows: preview.rows.length,
          valid: preview.rows.filter((r) => r.errors.length === 0).length,
          withErrors: preview.rows.filter((r) => r.errors.length > 0).length,
          withWarnings: preview.rows.filter((r) => r.warnings.length > 0).length,
        },
        total: shown.length,
        page: input.page,
        pageSize: input.pageSize,
        rows: shown.slice(from, from + input.pageSize).map((r) => ({
          rowNumber: r.rowNumber,
          ...r.display,
          errors: r.errors,
          warnings: r.warnings,
        })),
      };
    },
  },

  commit: {
    async run({ em, vault, caller, now }, input) {
      const preview = previewOf(vault, input.jobId, caller!.accountId);
      if (preview.problem) throw new CoreError('VALIDATION', preview.problem);
      const withErrors = preview.rows.filter((r) => r.errors.length > 0).length;
      if (input.mode === 'all' && withErrors > 0) {
        throw new CoreError('VALIDATION', 'Some rows have problems, so not every row can be imported.', {
          fieldErrors: {
            mode: `${plural(withErrors, 'row has', 'rows have')} problems. Correct them in the spreadsheet and read it again, or import only the valid rows.`,
          },
        });
      }
      const records = preview.rows.flatMap((r) => (r.fields ? [r.fields] : []));
      if (records.length === 0) {
        throw new CoreError('VALIDATION', 'No row is ready to import.', {
          fieldErrors: { mode: 'No row is ready to import. Correct the spreadsheet and read it again.' },
        });
      }
      const imported = await insertImportedMentors(em, records, now, caller!.accountId);
      // Used up: a second press of the button finds nothing to import twice.
      laneFor(vault)?.forgetResult(input.jobId, caller!.accountId);
      return { imported, skipped: preview.rows.length - imported };
    },
    // Counts only: nothing about the people imported.
    audit: (input, output) => ({
      recordType: 'mentor_import',
      recordId: input.jobId,
      detail: output ? `${input.mode}: ${output.imported} imported, ${output.skipped} skipped` : input.mode,
    }),
  },

  discard: {
    async run({ vault, caller }, input) {
      return { discarded: laneFor(vault)?.forgetResult(input.jobId, caller!.accountId) ?? false };
    },
    audit: (input) => ({ recordType: 'mentor_import', recordId: input.jobId }),
  },
});
