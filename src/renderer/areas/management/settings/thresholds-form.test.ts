import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS } from '../../../../shared/settings';
import { toFormValues, validateThresholds } from './thresholds-form';

describe('thresholds form', () => {
  it('shows every problem at once: boxes that cannot be read and rules on the ones that can', () => {
    const errors = validateThresholds({
      ...toFormValues(DEFAULT_THRESHOLDS),
      initialTrainingHours: '-5',
      dbsRenewalYears: '1.5',
      dbsWarningDays: '60, 60, 7',
    });
    expect(errors).toEqual({
      initialTrainingHours: '-5 is below zero. Enter a number of 0 or more.',
      dbsRenewalYears: '1.5 is not a whole number. Enter a number without a decimal point.',
      dbsWarningDays: 'Enter each number of days only once.',
    });
  });

  it('checks rules across boxes once every box can be read', () => {
    expect(validateThresholds(toFormValues(DEFAULT_THRESHOLDS))).toEqual({});
    expect(validateThresholds({ ...toFormValues(DEFAULT_THRESHOLDS), sessionMinMinutes: '120' })).toEqual({
      sessionMaxMinutes: 'The shortest session length must not be longer than the longest.',
    });
  });
});
