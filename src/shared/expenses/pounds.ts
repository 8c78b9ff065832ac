/**
 * Money typed on screens in pounds ("12", "12.5", "£1,250.00") read into whole pence, so forms
 * never send floating pounds. Returns null for anything that is not a sum of money.
 */
export function poundsToPence(text: string): number | null {
  const cleaned = text.trim().replace(/^£/, '').replace(/,/g, '').trim();
  if (!/^\d{1,9}(\.\d{1,2})?$/.test(cleaned)) return null;
  const [whole, fraction = ''] = cleaned.split('.') as [string, string?];
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

/** 1234 → "12.34" (for an input's starting value; no pound sign, no thousands commas). */
export const penceToPounds = (pence: number): string =>
  `${Math.floor(pence / 100)}.${String(pence % 100).padStart(2, '0')}`;
