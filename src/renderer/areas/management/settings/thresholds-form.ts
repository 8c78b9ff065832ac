import { thresholdsSchema, type Thresholds } from '../../../../shared/settings';
import type { FormErrors } from '@mantine/form';

/** The thresholds as the form holds them: numbers may be '' while typing; warning days are a list in text. */
export type ThresholdValues = {
  [K in keyof Thresholds]: K extends 'dbsWarningDays' ? string : number | string;
};

export const toFormValues = (t: Thresholds): ThresholdValues => ({
  ...t,
  dbsWarningDays: t.dbsWarningDays.join(', '),
});

const toNumber = (v: number | string): number =>
  typeof v === 'number' ? v : v.trim() === '' ? Number.NaN : Number(v);

export function fromFormValues(values: ThresholdValues): Thresholds {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    out[key] =
      key === 'dbsWarningDays'
        ? String(value)
            .split(/[\s,]+/)
            .filter(Boolean)
            .map(Number)
        : toNumber(value as number | string);
  }
  return out as Thresholds;
}

/** Validate with the shared thresholds schema; errors on list items are shown on the list field. */
export function validateThresholds(values: ThresholdValues): FormErrors {
  const result = thresholdsSchema.safeParse(fromFormValues(values));
  if (result.success) return {};
  const errors: FormErrors = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? '');
    if (!errors[field]) {
      errors[field] =
        field === 'dbsWarningDays' && issue.path.length > 1
          ? 'Enter each number of days between 1 and 365, separated by commas.'
          : issue.message;
    }
  }
  return errors;
}

/** Server paths such as `thresholds.caseloadMax` or `thresholds.dbsWarningDays.1` → form fields. */
export const serverField = (path: string): string => path.replace(/^thresholds\./, '').split('.')[0] ?? path;
