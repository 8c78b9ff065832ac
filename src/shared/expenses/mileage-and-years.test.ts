import { describe, expect, it } from 'vitest';
import {
  claimIsLate,
  DEFAULT_MILEAGE_PENCE,
  financialYearLabel,
  financialYearOf,
  financialYearRange,
  formatPence,
  mileagePence,
  mileageRateOn,
} from './expenses';

const rates = [
  { effectiveFrom: '2000-01-01', pencePerMile: 45 },
  { effectiveFrom: '2024-04-01', pencePerMile: 40 },
  { effectiveFrom: '2025-04-06', pencePerMile: 45 },
];

describe('mileageRateOn', () => {
  it('uses the rate in force on the day: the day before a change, the day of it', () => {
    expect(mileageRateOn(rates, '2025-04-05')).toBe(40);
    expect(mileageRateOn(rates, '2025-04-06')).toBe(45);
    expect(mileageRateOn(rates, '2024-03-31')).toBe(45);
    expect(mileageRateOn(rates, '2024-04-01')).toBe(40);
  });
  it('does not depend on the order the rates come in', () => {
    expect(mileageRateOn([...rates].reverse(), '2025-01-01')).toBe(40);
  });
  it('falls back to 45p before any rate, or with none', () => {
    expect(mileageRateOn([{ effectiveFrom: '2026-01-01', pencePerMile: 50 }], '2025-12-31')).toBe(
      DEFAULT_MILEAGE_PENCE,
    );
    expect(mileageRateOn([], '2026-01-01')).toBe(45);
  });
  it('prices miles to the nearest penny', () => {
    expect(mileagePence(12.3, 45)).toBe(554);
    expect(mileagePence(0.1, 45)).toBe(5);
  });
});

describe('financial years (April–March, named by the year they start)', () => {
  it('puts 31 March in the year before and 1 April in the new one', () => {
    expect(financialYearOf('2026-03-31')).toBe(2025);
    expect(financialYearOf('2026-04-01')).toBe(2026);
    expect(financialYearOf('2026-12-31')).toBe(2026);
    expect(financialYearOf('2027-01-01')).toBe(2026);
  });
  it('gives the first and last day and the label', () => {
    expect(financialYearRange(2025)).toEqual({ from: '2025-04-01', to: '2026-03-31' });
    expect(financialYearLabel(2025)).toBe('2025–26');
    expect(financialYearLabel(2099)).toBe('2099–00');
  });
});

describe('claims and money', () => {
  it('a claim is late only once more than N days old', () => {
    expect(claimIsLate('2026-03-01', '2026-03-21', 20)).toBe(false);
    expect(claimIsLate('2026-03-01', '2026-03-22', 20)).toBe(true);
  });
  it('formats pence as pounds', () => {
    expect(formatPence(0)).toBe('£0.00');
    expect(formatPence(123456)).toBe('£1,234.56');
    expect(formatPence(-505)).toBe('−£5.05');
  });
});
