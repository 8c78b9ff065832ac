import { describe, expect, it } from 'vitest';
import { insuranceInDate, policyInDate } from './review-rules';

describe('policyInDate (standards 1 and 24)', () => {
  const ok = { status: 'in_force', hasDocument: true, reviewOn: '2026-11-24' };
  it('is in date on its review day and not the day after', () => {
    expect(policyInDate(ok, '2026-11-24')).toBe(true);
    expect(policyInDate(ok, '2026-11-25')).toBe(false);
  });
  it('needs the policy in force, a document and a review date', () => {
    expect(policyInDate({ ...ok, status: 'under_review' }, '2026-11-01')).toBe(false);
    expect(policyInDate({ ...ok, hasDocument: false }, '2026-11-01')).toBe(false);
    expect(policyInDate({ ...ok, reviewOn: null }, '2026-11-01')).toBe(false);
  });
});

describe('insuranceInDate (standard 25)', () => {
  const cover = { startsOn: '2026-04-01', expiresOn: '2027-03-31' };
  it('covers its first and last days, not the day before or after', () => {
    expect(insuranceInDate(cover, '2026-03-31')).toBe(false);
    expect(insuranceInDate(cover, '2026-04-01')).toBe(true);
    expect(insuranceInDate(cover, '2027-03-31')).toBe(true);
    expect(insuranceInDate(cover, '2027-04-01')).toBe(false);
  });
});
