import { describe, expect, it } from 'vitest';
import { summaryLines } from '../support/summary-reporter';

describe('summaryLines', () => {
  it('counts every state, with pending tests (never run) counted as skipped', () => {
    expect(
      summaryLines([{ state: 'passed' }, { state: 'passed' }, { state: 'failed' }, { state: 'pending' }]),
    ).toEqual(['2 passed, 1 failed, 1 skipped']);
  });

  it('names each skip reason once, with its count, before the closing line', () => {
    const electron = 'no Electron binary on this machine';
    const lines = summaryLines([
      { state: 'skipped', note: electron },
      { state: 'passed' },
      { state: 'skipped', note: electron },
      { state: 'skipped', note: 'one other reason' },
      { state: 'skipped' },
    ]);
    expect(lines).toEqual([
      `skipped: ${electron} (2 tests)`,
      'skipped: one other reason (1 test)',
      '1 passed, 0 failed, 4 skipped',
    ]);
  });

  it('adds failures that are not tests (files that failed to load, unhandled errors)', () => {
    expect(summaryLines([{ state: 'passed' }], 2)).toEqual(['1 passed, 2 failed, 0 skipped']);
  });
});
