import type { FormErrors } from '@mantine/form';
import { thresholdsSchema, type Thresholds } from '../../../../shared/settings';
import { parseWholeNumber, parseWholeNumberList } from '../../../../shared/whole-number';

/** The thresholds as the form holds them: exactly what was typed, so nothing is silently changed. */
export type ThresholdValues = Record<keyof Thresholds, string>;

const KEYS = (t: Thresholds) => Object.keys(t) as (keyof Thresholds)[];

/** Warning days are shown longest first, the order in which they arrive. */
export const toFormValues = (t: Thresholds): ThresholdValues =>
  Object.fromEntries(
    KEYS(t).map((k) => [
      k,
      k === 'dbsWarningDays' ? [...t.dbsWarningDays].sort((a, b) => b - a).join(', ') : String(t[k]),
    ]),
  ) as ThresholdValues;

type Parsed = { values: Record<string, number | number[]>; errors: FormErrors };

/** Read every box strictly: "-5", "1.5" and "1e1" are refused with a message, never altered. */
function parse(values: ThresholdValues): Parsed {
  const out: Parsed = { values: {}, errors: {} };
  for (const [key, text] of Object.entries(values)) {
    const r = key === 'dbsWarningDays' ? parseWholeNumberList(text) : parseWholeNumber(text);
    if (!r.ok) out.errors[key] = r.message;
    else out.values[key] = 'values' in r ? r.values : r.value;
  }
  return out;
}

/** Only call once `validateThresholds` has passed. */
export function fromFormValues(values: ThresholdValues): Thresholds {
  return thresholdsSchema.parse(parse(values).values);
}

/**
 * Strict reading first, then the shared thresholds schema (the same rules the core applies) on the
 * boxes that could be read, so every problem shows at once rather than one round at a time. A box
 * that could not be read keeps its reading message (the schema only sees it as missing).
 */
export function validateThresholds(values: ThresholdValues): FormErrors {
  const parsed = parse(values);
  const result = thresholdsSchema.safeParse(parsed.values);
  const errors: FormErrors = { ...parsed.errors };
  for (const issue of result.error?.issues ?? []) {
    const field = String(issue.path[0] ?? '');
    errors[field] ??=
      field === 'dbsWarningDays' && issue.path.length > 1
        ? 'Enter each number of days between 1 and 365, separated by commas.'
        : issue.message;
  }
  return errors;
}

/** Server paths such as `thresholds.caseloadMax` or `thresholds.dbsWarningDays.1` → form fields. */
export const serverField = (path: string): string => path.replace(/^thresholds\./, '').split('.')[0] ?? path;
