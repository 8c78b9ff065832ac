import { describe, expect, it } from 'vitest';
import { INDUCTION_ITEMS } from './assessment';
import { ageOn, menteeUnmet, type MenteeReadinessFacts } from './readiness';

const TODAY = '2026-11-23';
const allDone: MenteeReadinessFacts = {
  consentGivenOn: '2026-11-01',
  dateOfBirth: '2000-05-05',
  inductionDone: INDUCTION_ITEMS.map((i) => i.key),
  riskReviewDue: '2027-02-01',
  parentalConsent: false,
};
const conditions = (f: Partial<MenteeReadinessFacts>) =>
  menteeUnmet({ ...allDone, ...f }, TODAY).map((u) => u.condition);

describe('the mentee readiness gate', () => {
  it('is met when every fact is in place', () => {
    expect(menteeUnmet(allDone, TODAY)).toEqual([]);
  });
  it('names each missing condition', () => {
    const unmet = menteeUnmet(
      {
        consentGivenOn: null,
        dateOfBirth: '2011-01-01',
        inductionDone: ['ending'],
        riskReviewDue: null,
        parentalConsent: false,
      },
      TODAY,
    );
    expect(unmet.map((u) => u.condition)).toEqual([
      'consent',
      'induction',
      'risk_assessment',
      'parental_consent',
    ]);
    expect(unmet[1]!.message).toContain(`${INDUCTION_ITEMS.length - 1} of ${INDUCTION_ITEMS.length}`);
  });
  it('treats a risk assessment past its review date as missing, and one due today as in date', () => {
    expect(conditions({ riskReviewDue: '2026-11-22' })).toEqual(['risk_assessment']);
    expect(conditions({ riskReviewDue: TODAY })).toEqual([]);
  });
  it('asks for parental consent at 16 or under only', () => {
    expect(conditions({ dateOfBirth: '2010-11-23' })).toEqual(['parental_consent']); // 16 today
    expect(conditions({ dateOfBirth: '2009-11-23' })).toEqual([]); // 17 today
    expect(conditions({ dateOfBirth: '2010-11-23', parentalConsent: true })).toEqual([]);
    expect(conditions({ dateOfBirth: null })).toEqual([]);
  });
  it('counts whole years, the day before a birthday included', () => {
    expect(ageOn('2000-11-24', TODAY)).toBe(25);
    expect(ageOn('2000-11-23', TODAY)).toBe(26);
  });
});
