/**
 * Strict reading of a typed whole number. Browsers' number boxes quietly turn "-5" into 5, "1.5"
 * into 15 and "1e1" into 11 by dropping characters; here anything but plain digits is refused with
 * a message that says what was wrong, so nothing is saved that the person did not mean.
 */
export type WholeNumberResult = { ok: true; value: number } | { ok: false; message: string };

export function parseWholeNumber(text: string): WholeNumberResult {
  const t = text.trim();
  if (t === '') return { ok: false, message: 'Enter a number.' };
  if (/^\d+$/.test(t)) {
    const value = Number(t);
    if (Number.isSafeInteger(value)) return { ok: true, value };
    return { ok: false, message: 'That number is far too large.' };
  }
  if (/^-\s*\d/.test(t)) return { ok: false, message: `${t} is below zero. Enter a number of 0 or more.` };
  if (/^\d*[.,]\d+$/.test(t))
    return { ok: false, message: `${t} is not a whole number. Enter a number without a decimal point.` };
  return { ok: false, message: `${t} is not a number. Use the digits 0 to 9 only.` };
}

/**
 * A list of whole numbers separated by commas (or spaces), such as "60, 30, 7". Returns the numbers,
 * or the first problem with the entry that caused it.
 */
export function parseWholeNumberList(
  text: string,
): { ok: true; values: number[] } | { ok: false; message: string } {
  const parts = text
    .split(/[,;\s]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return { ok: false, message: 'Enter at least one number.' };
  const values: number[] = [];
  for (const part of parts) {
    const r = parseWholeNumber(part);
    if (!r.ok) return r;
    values.push(r.value);
  }
  return { ok: true, values };
}
