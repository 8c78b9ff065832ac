import { describe, expect, it } from 'vitest';
import { expandTwoDigitYear, formatUkDate, parseUkDate } from './uk-date';

const TODAY = new Date(2026, 5, 1);
const iso = (text: string) => {
  const r = parseUkDate(text, TODAY);
  return r.ok ? r.iso : `ERROR ${r.message}`;
};

describe('reading UK dates', () => {
  it('accepts what people type: slashes, dots, dashes, spaces, short forms and ISO', () => {
    expect(iso('23/11/2026')).toBe('2026-11-23');
    expect(iso('23.11.2026')).toBe('2026-11-23');
    expect(iso('23-11-2026')).toBe('2026-11-23');
    expect(iso('23 11 2026')).toBe('2026-11-23');
    expect(iso(' 1/2/27 ')).toBe('2027-02-01');
    expect(iso('1.2.2027')).toBe('2027-02-01');
    expect(iso('2026-11-23')).toBe('2026-11-23');
    expect(iso('29/02/2028')).toBe('2028-02-29');
  });

  it('says exactly what is wrong with an impossible date', () => {
    expect(iso('31/02/2026')).toBe('ERROR 31/02/2026 is not a date: February 2026 has 28 days.');
    expect(iso('29/02/2027')).toBe('ERROR 29/02/2027 is not a date: February 2027 has 28 days.');
    expect(iso('31/04/2026')).toBe('ERROR 31/04/2026 is not a date: April 2026 has 30 days.');
    expect(iso('0/04/2026')).toBe('ERROR 0/04/2026 is not a date: April 2026 has 30 days.');
    expect(iso('12/13/2026')).toMatch(/there are only 12 months/);
    expect(iso('tomorrow')).toBe(
      'ERROR tomorrow is not a date we can read. Enter the date as day/month/year, for example 23/11/2026.',
    );
    expect(iso('11/23')).toMatch(/not a date we can read/);
    expect(iso('')).toBe('ERROR Enter a date.');
    expect(iso('01/01/0026')).toMatch(/between 1900 and 2199/);
  });

  it('reads two-digit years as this century up to 20 years ahead, otherwise the last century', () => {
    expect(expandTwoDigitYear(26, TODAY)).toBe(2026);
    expect(expandTwoDigitYear(46, TODAY)).toBe(2046);
    expect(expandTwoDigitYear(47, TODAY)).toBe(1947);
    expect(expandTwoDigitYear(0, TODAY)).toBe(2000);
    expect(iso('5/6/75')).toBe('1975-06-05');
  });

  it('writes a stored date back the UK way', () => {
    expect(formatUkDate('2026-11-23')).toBe('23/11/2026');
  });
});
