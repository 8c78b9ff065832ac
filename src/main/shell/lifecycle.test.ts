import { describe, expect, it } from 'vitest';
import {
  LOCKING_POWER_EVENTS,
  lockReasonForPowerEvent,
  lockReasonForRendererEvent,
  shouldRestartCore,
} from './lifecycle';

describe('lockReasonForRendererEvent', () => {
  it('locks when the renderer crashes, is killed, runs out of memory or hangs', () => {
    for (const reason of ['crashed', 'killed', 'oom', 'abnormal-exit', 'launch-failed', 'integrity-failure'])
      expect(lockReasonForRendererEvent('render-process-gone', { reason }), reason).toBe('renderer-gone');
    expect(lockReasonForRendererEvent('unresponsive')).toBe('renderer-gone');
  });

  it('needs no lock of its own when the window closes cleanly', () => {
    expect(lockReasonForRendererEvent('render-process-gone', { reason: 'clean-exit' })).toBeNull();
  });
});

describe('lockReasonForPowerEvent', () => {
  it('locks on suspend and screen lock', () => {
    expect(lockReasonForPowerEvent('suspend')).toBe('suspend');
    expect(lockReasonForPowerEvent('lock-screen')).toBe('screen-lock');
    expect(lockReasonForPowerEvent('user-did-resign-active')).toBe('screen-lock');
    expect(lockReasonForPowerEvent('shutdown')).toBe('shutdown');
  });

  it('does not lock (or unlock) on events that bring the machine back', () => {
    for (const event of [
      'resume',
      'unlock-screen',
      'user-did-become-active',
      'on-ac',
      'on-battery',
      'speed-limit-change',
    ]) {
      expect(lockReasonForPowerEvent(event), event).toBeNull();
    }
  });

  it('ignores unknown and prototype names', () => {
    for (const event of ['', 'toString', '__proto__', 'constructor'])
      expect(lockReasonForPowerEvent(event)).toBeNull();
  });

  it('lists exactly the events that lock', () => {
    expect([...LOCKING_POWER_EVENTS].sort()).toEqual([
      'lock-screen',
      'shutdown',
      'suspend',
      'user-did-resign-active',
    ]);
    for (const event of LOCKING_POWER_EVENTS) expect(lockReasonForPowerEvent(event)).not.toBeNull();
  });
});

describe('shouldRestartCore', () => {
  it('restarts after an occasional crash', () => {
    expect(shouldRestartCore([], 100_000)).toBe(true);
    expect(shouldRestartCore([99_000, 98_000], 100_000)).toBe(true);
  });

  it('stops restarting after repeated crashes within a minute', () => {
    expect(shouldRestartCore([99_000, 98_000, 97_000], 100_000)).toBe(false);
  });

  it('forgets crashes older than the window', () => {
    expect(shouldRestartCore([10_000, 20_000, 30_000], 100_000)).toBe(true);
  });
});
