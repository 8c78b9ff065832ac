import { parse } from 'csv-parse/sync';
import { readSheet } from 'read-excel-file/universal';
import { IMPORT_LIMITS } from '../../../shared/contract/mentor-import';
import { declaredUnpackedSize } from './zip-size';

/**
 * Reading a spreadsheet's first sheet into rows of cells, in the core (Node).
 *
 * XLSX: `read-excel-file` (universal build, from bytes). Chosen over `exceljs` for its small,
 * maintained tree (fflate, saxen, unzipper-esm: six packages against exceljs's archiver, unzipper
 * 0.10, fstream, tmp and uuid), and never the `xlsx` 0.18.5 on npm, whose known vulnerabilities
 * (prototype pollution, ReDoS) were fixed only outside the registry. It gives dates as `Date`
 * objects when the cell is formatted as a date, numbers otherwise.
 * CSV: `csv-parse` (no dependencies), UTF-8 with or without a byte-order mark, or Windows-1252 as
 * older Excel saves it; comma, semicolon or tab separated.
 */
export type Cell = string | number | boolean | Date | null;
/** Rows with something in them, each with its number as the spreadsheet shows it (from 1). */
export interface SheetRow {
  number: number;
  cells: Cell[];
}
export type SheetResult = { ok: true; rows: SheetRow[] } | { ok: false; message: string };

/** Far above any real list of 5,000 mentors (a few MB unpacked); far below what would hurt. */
const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;

const NOT_READABLE =
  'Waymark could not read this file as a spreadsheet. Save it from your spreadsheet program as CSV or XLSX and choose it again.';

export async function readSpreadsheet(bytes: Uint8Array, fileName: string): Promise<SheetResult> {
  if (bytes.byteLength === 0) return { ok: false, message: 'The file is empty.' };
  if (bytes.byteLength > IMPORT_LIMITS.maxBytes)
    return {
      ok: false,
      message: 'The file is larger than 5 MB. Split it into smaller files and import each.',
    };
  if (/\.xlsx$/i.test(fileName)) {
    const unpacked = declaredUnpackedSize(bytes);
    if (unpacked === null) return { ok: false, message: NOT_READABLE };
    if (unpacked > MAX_UNPACKED_BYTES)
      return {
        ok: false,
        message:
          'This spreadsheet unpacks to far more data than a list of mentors needs, so Waymark will not open it.',
      };
  }
  let rows: Cell[][];
  try {
    rows = /\.xlsx$/i.test(fileName) ? await readXlsx(bytes) : readCsv(bytes);
  } catch {
    return { ok: false, message: NOT_READABLE };
  }
  const kept = rows
    .map((cells, i) => ({ number: i + 1, cells }))
    .filter((row) => row.cells.some((cell) => !isBlank(cell)));
  if (kept.length === 0) return { ok: false, message: 'The file has no rows in it.' };
  if (kept.length - 1 > IMPORT_LIMITS.maxRows)
    return {
      ok: false,
      message: `The file has ${(kept.length - 1).toLocaleString('en-GB')} rows; Waymark imports at most ${IMPORT_LIMITS.maxRows.toLocaleString('en-GB')} at a time. Split it into smaller files and import each.`,
    };
  if (kept[0]!.cells.length > IMPORT_LIMITS.maxColumns)
    return { ok: false, message: `The file has more than ${IMPORT_LIMITS.maxColumns} columns.` };
  return { ok: true, rows: kept };
}

export const isBlank = (cell: Cell | undefined): boolean =>
  cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');

async function readXlsx(bytes: Uint8Array): Promise<Cell[][]> {
  const copy = bytes.slice().buffer;
  return (await readSheet(copy)) as Cell[][];
}

function readCsv(bytes: Uint8Array): Cell[][] {
  const text = decodeText(bytes);
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  return parse(text, {
    bom: true,
    delimiter: guessDelimiter(firstLine),
    relax_column_count: true,
    relax_quotes: true,
  }) as string[][];
}

function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: Excel's older "CSV" saves in the Windows code page.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** The separator that splits the heading line most: comma, semicolon (European Excel) or tab. */
function guessDelimiter(line: string): string {
  const counts = [',', ';', '\t'].map((d) => [d, line.split(d).length] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}
