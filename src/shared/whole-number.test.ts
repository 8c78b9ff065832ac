import { describe, expect, it } from 'vitest';
import { parseWholeNumber, parseWholeNumberList } from './whole-number';

const read = (t: string) => {
  const r = parseWholeNumber(t);
  return r.ok ? r.value : r.message;
};

describe('reading typed whole numbers', () => {
  it('accepts plain digits only', () => {
    expect(read('12')).toBe(12);
    expect(read(' 7 ')).toBe(7);
    expect(read('0')).toBe(0);
  });

  it('refuses what a number box would quietly change, saying why', () => {
    expect(read('-5')).toBe('-5 is below zero. Enter a number of 0 or more.');
    expect(read('1.5')).toBe('1.5 is not a whole number. Enter a number without a decimal point.');
    expect(read('1e1')).toBe('1e1 is not a number. Use the digits 0 to 9 only.');
    expect(read('')).toBe('Enter a number.');
    expect(read('twelve')).toMatch(/not a number/);
  });

  it('reads a list separated by commas and reports the first bad entry', () => {
    expect(parseWholeNumberList('60, 30, 7')).toEqual({ ok: true, values: [60, 30, 7] });
    expect(parseWholeNumberList('60, -5')).toEqual({
      ok: false,
      message: '-5 is below zero. Enter a number of 0 or more.',
    });
    expect(parseWholeNumberList(' , ')).toEqual({ ok: false, message: 'Enter at least one number.' });
  });
});
