import { describe, expect, it } from 'vitest';
import type { CoreEvent } from '../../../shared/contract';
import type { Core } from '../core.types';
import type { FromCore, ToCore } from './protocol';
import { serveCore } from './serve';

describe('serveCore events', () => {
  it('forwards core events as plain messages of type "event"', () => {
    let emit: (e: CoreEvent) => void = () => {};
    const core = {
      call: async () => ({ ok: true, value: null }),
      lock: async () => {},
      onLocked: () => () => {},
      onEvent: (l: (e: CoreEvent) => void) => {
        emit = l;
        return () => {};
      },
      close: async () => {},
    } as unknown as Core;
    const sent: FromCore[] = [];
    serveCore(core, { postMessage: (m) => sent.push(m), onMessage: (_l: (m: ToCore) => void) => {} });
    const payload = {
      jobId: '00000000-0000-4000-8000-000000000000',
      kind: 'demo.slow',
      label: 'Slow test job',
      state: 'running' as const,
      done: 1,
      total: 4,
      note: null,
      startedAt: '2026-01-01T00:00:00.000Z',
      finishedAt: null,
    };
    emit({ event: 'job.progress', payload });
    expect(sent).toEqual([{ type: 'ready' }, { type: 'event', event: 'job.progress', payload }]);
  });
});
