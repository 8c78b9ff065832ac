import { describe, expect, it } from 'vitest';
import { claimIsLate } from './expenses';
import {
  claimIsEditable,
  claimTotal,
  claimWork,
  fundOverspend,
  paidOnTime,
  priceLine,
  receiptIsRemovable,
} from './claim-rules';

const RATES = [
  { effectiveFrom: '2000-01-01', pencePerMile: 45 },
  { effectiveFrom: '2026-06-01', pencePerMile: 50 },
];

describe('pricing a claim', () => {
  it('prices a journey at the rate on its own day: 31 May at 45p, 1 June at 50p', () => {
    expect(
      priceLine({ kind: 'mileage', spentOn: '2026-05-31', miles: 10, amountPence: null }, RATES),
    ).toEqual({
      pencePerMile: 45,
      amountPence: 450,
    });
    expect(priceLine({ kind: 'mileage', spentOn: '2026-06-01', miles: 10, amountPence: 999 }, RATES)).toEqual(
      {
        pencePerMile: 50,
        amountPence: 500,
      },
    );
  });

  it('rounds tenths of a mile to the nearest penny and adds typed amounts as they are', () => {
    expect(
      priceLine({ kind: 'mileage', spentOn: '2026-05-01', miles: 24.5, amountPence: null }, RATES)
        .amountPence,
    ).toBe(
      1103, // 24.5 × 45 = 1102.5
    );
    expect(
      claimTotal(
        [
          { kind: 'mileage', spentOn: '2026-05-01', miles: 10, amountPence: null },
          { kind: 'parking', spentOn: '2026-05-01', miles: null, amountPence: 250 },
        ],
        RATES,
      ),
    ).toBe(700);
  });
});

describe('standard 20: late claims', () => {
  it('with 20 days, a claim received 20 days ago is on time and one received 21 days ago is late', () => {
    expect(claimIsLate('2026-03-01', '2026-03-21', 20)).toBe(false);
    expect(claimIsLate('2026-02-28', '2026-03-21', 20)).toBe(true);
  });

  it('counts a claim paid on its 20th day as on time and on its 21st as not', () => {
    expect(paidOnTime('2026-03-01', '2026-03-21', 20)).toBe(true);
    expect(paidOnTime('2026-03-01', '2026-03-22', 20)).toBe(false);
  });

  it('puts waiting claims on the queue, due on their last on-time day, urgent once late', () => {
    expect(claimWork({ status: 'submitted', receivedOn: '2026-03-01' }, '2026-03-21', 20)).toEqual({
      kind: 'claim_awaiting_approval',
      due: '2026-03-21',
      urgent: false,
    });
    expect(claimWork({ status: 'approved', receivedOn: '2026-03-01' }, '2026-03-22', 20)).toEqual({
      kind: 'claim_awaiting_payment',
      due: '2026-03-21',
      urgent: true,
    });
    expect(claimWork({ status: 'rejected', receivedOn: '2026-01-01' }, '2026-03-22', 20)).toBeNull();
    expect(claimWork({ status: 'paid', receivedOn: '2026-01-01' }, '2026-03-22', 20)).toBeNull();
  });
});

describe('what may change', () => {
  it('edits only before approval or after a rejection; receipts go until paid', () => {
    expect([claimIsEditable('submitted'), claimIsEditable('rejected')]).toEqual([true, true]);
    expect([claimIsEditable('approved'), claimIsEditable('paid')]).toEqual([false, false]);
    expect([receiptIsRemovable('approved'), receiptIsRemovable('paid')]).toEqual([true, false]);
  });
});

describe('activity funds', () => {
  it('warns of an overspend only past the allowance, and not when no fund is set', () => {
    expect(fundOverspend(5000, 3000, 2000)).toBe(0);
    expect(fundOverspend(5000, 3000, 2001)).toBe(1);
    expect(fundOverspend(null, 3000, 2001)).toBe(0);
  });
});
