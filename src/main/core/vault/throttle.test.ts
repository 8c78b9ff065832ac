import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { delaySeconds, retryAfterSeconds, ThrottleStore } from './throttle';

const t0 = new Date('2026-01-01T00:00:00Z');
const later = (s: number) => new Date(t0.getTime() + s * 1000);
let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function store(mirror = true) {
  dir = mkdtempSync(join(tmpdir(), 'waymark-throttle-'));
  const paths = { primary: join(dir, 'data', 'throttle.json'), mirror: join(dir, 'profile', 'mirror.json') };
  return { paths, s: new ThrottleStore(paths.primary, mirror ? paths.mirror : null) };
}

describe('throttle', () => {
  it('lets five attempts through, then doubles the wait from 30 seconds up to 15 minutes', () => {
    expect([0, 4, 5, 6, 7, 20].map(delaySeconds)).toEqual([0, 0, 30, 60, 120, 900]);
    const { s } = store();
    for (let i = 0; i < 5; i++) s.recordFailure(t0, 'wrong-passphrase', 'pat', true);
    const state = s.read(t0);
    expect(retryAfterSeconds(state, t0)).toBe(30);
    expect(retryAfterSeconds(state, later(29.5))).toBe(1);
    expect(retryAfterSeconds(state, later(30))).toBe(0);
  });

  it('treats a damaged count as one maximum delay that then counts down, and records the damage', () => {
    const { s, paths } = store();
    s.recordFailure(t0, 'wrong-passphrase', 'pat', true);
    writeFileSync(paths.primary, '{"failures": "lots"');
    const first = s.read(t0);
    expect(retryAfterSeconds(first, t0)).toBe(900);
    // Read again later: the repaired file counts down instead of restarting the wait.
    expect(retryAfterSeconds(s.read(later(600)), later(600))).toBe(300);
    expect(retryAfterSeconds(s.read(later(900)), later(900))).toBe(0);
    const reasons = s.read(later(900)).pending.map((p) => p.reason);
    expect(reasons).toEqual(['wrong-passphrase', 'throttle-file-damaged']);
  });

  it('keeps the count and the waiting failures when throttle.json is deleted', () => {
    const { s, paths } = store();
    for (let i = 0; i < 6; i++) s.recordFailure(t0, 'wrong-passphrase', 'pat', true);
    rmSync(paths.primary);
    const state = s.read(t0);
    expect(state.failures).toBe(6);
    expect(state.pending).toHaveLength(6);
    expect(retryAfterSeconds(state, t0)).toBe(60);
  });

  it('without a mirror, deleting the file resets the count (the documented limit)', () => {
    const { s, paths } = store(false);
    for (let i = 0; i < 6; i++) s.recordFailure(t0, 'wrong-passphrase', 'pat', true);
    rmSync(paths.primary);
    expect(s.read(t0).failures).toBe(0);
  });

  it('a right passphrase while unlocked clears the count but keeps failures waiting for the audit log', () => {
    const { s } = store();
    s.recordFailure(t0, 'wrong-passphrase', 'pat', true);
    s.recordFailure(t0, 'wrong-current-passphrase', 'pat', false);
    s.clearCount();
    const state = s.read(t0);
    expect(state.failures).toBe(0);
    expect(state.pending.map((p) => p.reason)).toEqual(['wrong-passphrase']);
  });
});
