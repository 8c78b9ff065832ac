/**
 * Reading dates as people in the UK type them: day first, then month, then year, separated by
 * slashes, dots, dashes or spaces (23/11/2026, 23.11.2026, 23-11-26, 1/2/27), or ISO 2026-11-23.
 * Pure and clock-free apart from the two-digit-year rule, which takes "today" as an argument.
 * Every refusal says what is wrong in plain words, never just "invalid".
 */
export type UkDateResult = { ok: true; iso: string } | { ok: false; message: string };

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export const UK_DATE_HINT = 'Enter the date as day/month/year, for example 23/11/2026.';

export const daysInMonth = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Two-digit years: 20YY when that is no more than 20 years after this year, otherwise 19YY.
 * In 2026, 00–46 mean 2000–2046 and 47–99 mean 1947–1999: release and review dates a few years
 * ahead land in this century, dates of birth of older people in the last one.
 */
export function expandTwoDigitYear(yy: number, today: Date = new Date()): number {
  const thisYear = today.getFullYear();
  const candidate = 2000 + yy;
  return candidate <= thisYear + 20 ? candidate : 1900 + yy;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function parseUkDate(text: string, today: Date = new Date()): UkDateResult {
  const t = text.trim();
  if (t === '') return { ok: false, message: 'Enter a date.' };
  let day: number;
  let month: number;
  let year: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const uk = /^(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})\s*[/.\-\s]\s*(\d{2}|\d{4})$/.exec(t);
  if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else if (uk) {
    [day, month] = [Number(uk[1]), Number(uk[2])];
    year = uk[3]!.length === 2 ? expandTwoDigitYear(Number(uk[3]), today) : Number(uk[3]);
  } else {
    return { ok: false, message: `${t} is not a date we can read. ${UK_DATE_HINT}` };
  }
  if (month < 1 || month > 12)
    return {
      ok: false,
      message: `${t} is not a date: there are only 12 months, and ${month} is not one of them.`,
    };
  if (year < 1900 || year > 2199)
    return { ok: false, message: `${t} is not a date we can use: the year must be between 1900 and 2199.` };
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return {
      ok: false,
      message: `${t} is not a date: ${MONTHS[month - 1]} ${year} has ${last} days.`,
    };
  }
  return { ok: true, iso: `${pad(year, 4)}-${pad(month)}-${pad(day)}` };
}

/** 2026-11-23 → 23/11/2026, for putting a stored date back into a text box. */
export function formatUkDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}
