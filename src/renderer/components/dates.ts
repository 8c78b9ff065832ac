import dayjs from 'dayjs';
import 'dayjs/locale/en-gb';
import customParseFormat from 'dayjs/plugin/customParseFormat';

dayjs.extend(customParseFormat);
dayjs.locale('en-gb');

export const UK_DATE = 'DD/MM/YYYY';
export const UK_DATE_TIME = 'DD/MM/YYYY HH:mm';

/** 23/11/2026 */
export const formatDate = (value: string | Date | null | undefined): string =>
  value ? dayjs(value).format(UK_DATE) : '';

/** 23/11/2026 14:05 */
export const formatDateTime = (value: string | Date | null | undefined): string =>
  value ? dayjs(value).format(UK_DATE_TIME) : '';

/** 23/11/2026 14:05:09, for the audit log where order within a minute matters. */
export const formatDateTimeSeconds = (value: string | Date | null | undefined): string =>
  value ? dayjs(value).format(`${UK_DATE} HH:mm:ss`) : '';

/** Read what a person typed in a date box: 23/11/2026, 23/11/26, 23-11-2026 or 2026-11-23. */
export function parseUkDate(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const parsed = dayjs(
    trimmed,
    ['DD/MM/YYYY', 'D/M/YYYY', 'DD/MM/YY', 'D/M/YY', 'DD-MM-YYYY', 'YYYY-MM-DD'],
    true,
  );
  return parsed.isValid() ? parsed.format('YYYY-MM-DD') : null;
}

/** "2 minutes", "45 seconds", "1 minute 5 seconds": for countdowns read aloud. */
export function describeSeconds(total: number): string {
  const seconds = Math.max(0, Math.ceil(total));
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  const part = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (m === 0) return part(s, 'second');
  if (s === 0) return part(m, 'minute');
  return `${part(m, 'minute')} ${part(s, 'second')}`;
}
