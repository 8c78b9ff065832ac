/**
 * Calendar dates for the mentors area, as ISO `YYYY-MM-DD`. "Today" is the date in the UK (a
 * programme's day turns over at midnight in London, not UTC), so a step recorded at 00:30 in
 * summer counts for the right day.
 */
export function ukToday(now: Date): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

const DAY_MS = 86_400_000;
const toMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const fromMs = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export const addDays = (iso: string, days: number): string => fromMs(toMs(iso) + days * DAY_MS);

/** Same day of the month, `months` later; the last day of the month when that day does not exist. */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return fromMs(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, lastDay)));
}

export const addYears = (iso: string, years: number): string => addMonths(iso, years * 12);
