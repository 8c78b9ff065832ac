import {
  IMPORT_FIELDS,
  type ImportColumn,
  type ImportField,
  type ImportProblem,
} from '../../../shared/contract/mentor-import';
import { mentorFields, type MentorFields } from '../../../shared/contract/mentors';
import { nameKey } from '../../../shared/mentors/names';
import { asText, convertCell } from './cell-values';
import { isBlank, type Cell } from './sheet-reader';

/**
 * Checking a spreadsheet's rows as mentor records: each mapped cell converted, the whole row then
 * validated by the same `mentorFields` schema the mentor form uses, and likely duplicates (same
 * name and date of birth) flagged against the file itself and the mentors already recorded.
 * Pure: the job feeds it rows and the existing names, and keeps the answer as the preview.
 */
export interface CheckedRow {
  /** As the spreadsheet numbers it: the heading row is 1. */
  rowNumber: number;
  /** The record to insert, or null when the row has errors. */
  fields: MentorFields | null;
  display: { firstName: string; lastName: string; dateOfBirth: string | null; email: string };
  errors: ImportProblem[];
  warnings: string[];
}

export interface ImportPreview {
  fileName: string;
  problem: string | null;
  columns: ImportColumn[];
  rows: CheckedRow[];
  enquiryDefault: string;
}

/** Existing mentors by name key → their dates of birth ('' when not recorded). */
export type ExistingNames = ReadonlyMap<string, ReadonlySet<string>>;

const KNOWN = new Set<string>(IMPORT_FIELDS);

export function checkRow(
  cells: readonly Cell[],
  rowNumber: number,
  mapping: readonly (ImportField | null)[],
  today: Date,
  enquiryDefault: string,
): CheckedRow {
  const input: Record<string, unknown> = {};
  const errors: ImportProblem[] = [];
  const unreadable = new Set<ImportField>();
  mapping.forEach((field, column) => {
    if (!field) return;
    const converted = convertCell(field, cells[column], today);
    if (converted.ok) {
      if (converted.value !== undefined) input[field] = converted.value;
    } else {
      errors.push({ field, message: converted.message });
      unreadable.add(field);
    }
  });
  if (input.enquiryDate === undefined && !unreadable.has('enquiryDate')) input.enquiryDate = enquiryDefault;
  const parsed = mentorFields.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? '');
      const field = KNOWN.has(key) ? (key as ImportField) : null;
      if (field && unreadable.has(field)) continue;
      if (errors.some((e) => e.field === field && e.message === issue.message)) continue;
      errors.push({ field, message: issue.message });
    }
  }
  const text = (field: ImportField): string => {
    const column = mapping.indexOf(field);
    const cell = column >= 0 ? cells[column] : null;
    return isBlank(cell) ? '' : asText(cell as Exclude<Cell, null>);
  };
  return {
    rowNumber,
    fields: errors.length === 0 && parsed.success ? parsed.data : null,
    display: {
      firstName: text('firstName'),
      lastName: text('lastName'),
      dateOfBirth: typeof input.dateOfBirth === 'string' ? input.dateOfBirth : text('dateOfBirth') || null,
      email: text('email'),
    },
    errors,
    warnings: [],
  };
}

/** Adds duplicate warnings: the same name (and date of birth, where both have one) seen before. */
export function markDuplicates(rows: readonly CheckedRow[], existing: ExistingNames): void {
  const seen = new Map<string, { rowNumber: number; dob: string }[]>();
  for (const row of rows) {
    const { firstName, lastName, dateOfBirth } = row.display;
    if (!firstName || !lastName) continue;
    const key = nameKey(firstName, lastName);
    const dob = dateOfBirth ?? '';
    const known = existing.get(key);
    if (known?.has(dob) && dob) {
      row.warnings.push('Same name and date of birth as a mentor already in Waymark.');
    } else if (known && (!dob || known.has(''))) {
      row.warnings.push('Same name as a mentor already in Waymark; check it is not the same person.');
    }
    const earlier = seen.get(key) ?? [];
    const twin = earlier.find((e) => e.dob === dob || !e.dob || !dob);
    if (twin) {
      row.warnings.push(
        twin.dob && dob
          ? `Same name and date of birth as row ${twin.rowNumber} of this file.`
          : `Same name as row ${twin.rowNumber} of this file; check it is not the same person.`,
      );
    }
    earlier.push({ rowNumber: row.rowNumber, dob });
    seen.set(key, earlier);
  }
}
