import { describe, expect, it } from 'vitest';
import { agencyKey, agreementInDate, agreementReviewDue, quarterOf } from './partners';

const TODAY = '2026-11-23';

describe('agreement review rule', () => {
  it('review today is due but not overdue; yesterday is overdue; tomorrow is due', () => {
    expect(agreementReviewDue('in_force', TODAY, 30, TODAY)).toEqual({ due: TODAY, urgent: false });
    expect(agreementReviewDue('in_force', '2026-11-24', 30, TODAY)).toEqual({
      due: '2026-11-24',
      urgent: false,
    });
    expect(agreementReviewDue('in_force', '2026-11-22', 30, TODAY)).toEqual({
      due: '2026-11-22',
      urgent: true,
    });
  });
  it('appears exactly the notice period ahead, not a day earlier', () => {
    expect(agreementReviewDue('in_force', '2026-12-23', 30, TODAY)).not.toBeNull();
    expect(agreementReviewDue('in_force', '2026-12-24', 30, TODAY)).toBeNull();
  });
  it('only agreements in force with a review date count', () => {
    expect(agreementReviewDue('draft', TODAY, 30, TODAY)).toBeNull();
    expect(agreementReviewDue('ended', '2026-01-01', 30, TODAY)).toBeNull();
    expect(agreementReviewDue('in_force', null, 30, TODAY)).toBeNull();
  });
  it('in date: in force and the review date not passed', () => {
    expect(agreementInDate('in_force', TODAY, TODAY)).toBe(true);
    expect(agreementInDate('in_force', '2026-11-22', TODAY)).toBe(false);
    expect(agreementInDate('in_force', null, TODAY)).toBe(true);
    expect(agreementInDate('draft', '2027-01-01', TODAY)).toBe(false);
  });
});

describe('partner words', () => {
  it('matches agency names trimmed and in any case', () => {
    expect(agencyKey('  Northtown YOT ')).toBe('northtown yot');
  });
  it('finds the calendar quarter of a day', () => {
    expect(quarterOf('2026-11-23')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(quarterOf('2026-02-28')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(quarterOf('2026-04-01')).toEqual({ from: '2026-04-01', to: '2026-06-30' });
  });
});
