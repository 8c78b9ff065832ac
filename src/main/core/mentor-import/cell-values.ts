import type { ImportField } from '../../../shared/contract/mentor-import';
import {
  EMPLOYMENT_STATUSES,
  EMPLOYMENT_STATUS_LABELS,
  LEARNING_STYLES,
  WEEKDAYS,
  WEEKDAY_LABELS,
  type Weekday,
} from '../../../shared/mentors/pipeline';
import { parseUkDate } from '../../../shared/uk-date';
import { isBlank, type Cell } from './sheet-reader';

/**
 * One spreadsheet cell → the value `mentorFields` expects for a detail. Spreadsheets hold dates as
 * Date objects, serial numbers or typed text; lists as "a; b, c"; days as "Mon, Wed" or
 * "weekdays"; phone numbers as numbers that lost their leading zero. A cell that cannot be read
 * gives a plain message; a blank cell gives `undefined` (the record's default).
 */
export type Converted = { ok: true; value: unknown } | { ok: false; message: string };

const DATE_FIELDS = new Set<ImportField>(['dateOfBirth', 'enquiryDate', 'applicationDate']);
const LIST_FIELDS = new Set<ImportField>(['interests', 'skills', 'languages']);
const DAY_MS = 86_400_000;
/** Excel's day 0 (its serial numbers count from 30/12/1899, allowing for its 1900 leap-year bug). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

const okValue = (value: unknown): Converted => ({ ok: true, value });
const problem = (message: string): Converted => ({ ok: false, message });

export function convertCell(field: ImportField, cell: Cell | undefined, today: Date): Converted {
  if (isBlank(cell)) return okValue(field === 'firstName' || field === 'lastName' ? '' : undefined);
  const value = cell as Exclude<Cell, null>;
  if (DATE_FIELDS.has(field)) return toIsoDate(value, today);
  if (LIST_FIELDS.has(field)) return okValue(splitList(asText(value)));
  if (field === 'availability') return toWeekdays(asText(value));
  if (field === 'employmentStatus') return toEmploymentStatus(asText(value));
  if (field === 'learningStyle') return toLearningStyle(asText(value));
  if (field === 'phone' && typeof value === 'number') return okValue(phoneFromNumber(value));
  return okValue(asText(value));
}

/** Text as a person would read the cell. */
export function asText(value: Exclude<Cell, null>): string {
  if (value instanceof Date) return dateToIso(value);
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return String(value).trim();
}

function toIsoDate(value: Exclude<Cell, null>, today: Date): Converted {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? problem('The date could not be read.') : okValue(dateToIso(value));
  }
  if (typeof value === 'number') {
    // A date cell without a date format arrives as Excel's serial number (e.g. 33010 = 17/05/1990).
    if (!Number.isFinite(value) || value < 1 || value > 80_000)
      return problem(`${value} is not a date we can read. Enter the date as day/month/year.`);
    return okValue(dateToIso(new Date(EXCEL_EPOCH_MS + Math.floor(value) * DAY_MS)));
  }
  if (typeof value === 'boolean') return problem('Enter a date, not yes or no.');
  const parsed = parseUkDate(value, today);
  return parsed.ok ? okValue(parsed.iso) : problem(parsed.message);
}

/** The calendar day of a Date read from a sheet (UTC midnight; a second's rounding allowed). */
const dateToIso = (d: Date): string =>
  new Date(Math.floor((d.getTime() + 1000) / DAY_MS) * DAY_MS).toISOString().slice(0, 10);

const splitList = (text: string): string[] =>
  text
    .split(/[;,\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

const WEEKDAY_WORDS = new Map<string, readonly Weekday[]>([
  ['weekdays', ['mon', 'tue', 'wed', 'thu', 'fri']],
  ['weekends', ['sat', 'sun']],
  ['weekend', ['sat', 'sun']],
  ['any', WEEKDAYS],
  ['all', WEEKDAYS],
]);

function toWeekdays(text: string): Converted {
  const days = new Set<Weekday>();
  for (const word of text.toLowerCase().split(/[\s,;/&+]+|\band\b/)) {
    if (word === '' || word === 'and') continue;
    const group = WEEKDAY_WORDS.get(word);
    const day = WEEKDAYS.find((d) => word.startsWith(d) || WEEKDAY_LABELS[d].toLowerCase() === word);
    if (group) group.forEach((d) => days.add(d));
    else if (day && word.length <= WEEKDAY_LABELS[day].length) days.add(day);
    else return problem(`“${word}” is not a day of the week. List days such as Mon, Wed, Fri.`);
  }
  return okValue(WEEKDAYS.filter((d) => days.has(d)));
}

const EMPLOYMENT_WORDS: [RegExp, (typeof EMPLOYMENT_STATUSES)[number]][] = [
  [/full[\s-]?time/, 'employed_full_time'],
  [/part[\s-]?time/, 'employed_part_time'],
  [/self[\s-]?employed|freelance/, 'self_employed'],
  [/student|education|college|universit/, 'student'],
  [/retired/, 'retired'],
  [/unemployed|not in work|seeking work/, 'unemployed'],
  [/not known|unknown/, 'not_known'],
  [/^employed$|^working$/, 'employed_full_time'],
  [/other/, 'other'],
];

function toEmploymentStatus(text: string): Converted {
  const t = text.toLowerCase().trim();
  const exact = EMPLOYMENT_STATUSES.find((s) => s === t || EMPLOYMENT_STATUS_LABELS[s].toLowerCase() === t);
  const found = exact ?? EMPLOYMENT_WORDS.find(([re]) => re.test(t))?.[1];
  if (found) return okValue(found);
  const choices = EMPLOYMENT_STATUSES.map((s) => EMPLOYMENT_STATUS_LABELS[s]).join(', ');
  return problem(`“${text}” is not an employment status Waymark knows. Use one of: ${choices}.`);
}

function toLearningStyle(text: string): Converted {
  const t = text.toLowerCase();
  const found = LEARNING_STYLES.find((s) => t.includes(s));
  return found
    ? okValue(found)
    : problem(`“${text}” is not a learning style. Use activist, reflector, theorist or pragmatist.`);
}

/** A UK number typed into a number cell loses its leading zero: 7700900123 was 07700 900123. */
function phoneFromNumber(n: number): string {
  const digits = String(Math.trunc(n));
  return digits.length === 10 ? `0${digits}` : digits;
}
