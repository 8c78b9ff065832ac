import { setImmediate as nextTurn } from 'node:timers/promises';
import { JOB_KINDS } from '../../../shared/contract/jobs';
import type { ImportField } from '../../../shared/contract/mentor-import';
import { defineJob, JobStopped } from '../jobs/job.types';
import { asText } from './cell-values';
import { checkRow, markDuplicates, type CheckedRow, type ImportPreview } from './check-rows';
import { guessMapping } from './column-guess';
import { existingNames } from './import.queries';
import { isBlank, readSpreadsheet, type Cell } from './sheet-reader';

/** Rows checked between progress reports (and between turns of the event loop). */
const CHUNK = 250;

/** The calendar day on this machine (an import done at 00:30 in summer is dated today, not yesterday). */
const localIsoDate = (d: Date): string =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/**
 * `import.mentors`: read the spreadsheet, guess (or take) the column mapping, check every row and
 * return the preview, which the lane keeps for the person who ran it. Writes nothing. The only
 * database step is one short read of existing names; the rest runs outside the queue, a chunk at
 * a time, stopping as soon as the job is cancelled or the core locks.
 */
export const readMentorSheetJob = defineJob(JOB_KINDS['import.mentors'], async (ctx, input) => {
  const today = new Date();
  const enquiryDefault = localIsoDate(today);
  const base = { fileName: input.fileName, enquiryDefault };
  ctx.progress(0, 1, 'Reading the file');
  const sheet = await readSpreadsheet(Buffer.from(input.fileBase64, 'base64'), input.fileName);
  if (ctx.signal.aborted) throw new JobStopped();
  if (!sheet.ok) return { ...base, problem: sheet.message, columns: [], rows: [] } satisfies ImportPreview;

  const [first, ...body] = sheet.rows;
  const heading = first?.cells ?? [];
  const width = Math.max(heading.length, ...body.map((r) => r.cells.length));
  const titles = Array.from({ length: width }, (_, i) => headingText(heading[i], i));
  const mapping: (ImportField | null)[] = input.mapping
    ? titles.map((_, i) => input.mapping?.[i] ?? null)
    : guessMapping(titles);
  const existing = await ctx.transaction((em) => existingNames(em));

  const rows: CheckedRow[] = [];
  for (let start = 0; start < body.length; start += CHUNK) {
    ctx.progress(start, body.length, `Checked ${start} of ${body.length} rows`);
    for (const row of body.slice(start, start + CHUNK)) {
      rows.push(checkRow(row.cells, row.number, mapping, today, enquiryDefault));
    }
    await nextTurn();
    if (ctx.signal.aborted) throw new JobStopped();
  }
  markDuplicates(rows, existing);
  ctx.progress(body.length, body.length, `Checked ${body.length} rows`);
  return {
    ...base,
    problem: body.length === 0 ? 'The file has a heading row but no mentors under it.' : null,
    columns: titles.map((title, index) => ({ index, title, field: mapping[index] ?? null })),
    rows,
  } satisfies ImportPreview;
});

const headingText = (cell: Cell | undefined, index: number): string =>
  isBlank(cell) ? `Column ${index + 1}` : asText(cell as Exclude<Cell, null>).slice(0, 120);
