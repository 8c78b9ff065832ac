import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN } from './app-origin';
import { decideEventRelay } from './event-relay';

const ORIGINS = [APP_ORIGIN];
const payload = {
  jobId: '00000000-0000-4000-8000-000000000000',
  kind: 'demo.slow',
  label: 'Slow test job',
  state: 'running',
  done: 2,
  total: 10,
  note: 'Step 2 of 10',
  startedAt: '2026-01-01T00:00:00.000Z',
  finishedAt: null,
};
const onApp = { mainWindow: { destroyed: false, url: APP_ENTRY_URL } };

describe('decideEventRelay', () => {
  it('sends a well-formed job event to the main window showing the app', () => {
    expect(decideEventRelay({ event: 'job.progress', payload }, onApp, ORIGINS)).toEqual({
      send: true,
      event: { event: 'job.progress', payload },
    });
    expect(
      decideEventRelay(
        { event: 'job.finished', payload: { ...payload, state: 'cancelled' } },
        onApp,
        ORIGINS,
      ),
    ).toMatchObject({ send: true });
  });

  it('passes on only the known fields, whatever else arrives beside them', () => {
    const d = decideEventRelay(
      { event: 'job.progress', payload: { ...payload, name: 'A Person', path: 'C:\\x' }, extra: 1 },
      onApp,
      ORIGINS,
    );
    expect(d).toEqual({ send: true, event: { event: 'job.progress', payload } });
  });

  it('sends nothing when there is no window, it is destroyed, or it shows anything but the app', () => {
    const msg = { event: 'job.progress', payload };
    expect(decideEventRelay(msg, { mainWindow: null }, ORIGINS)).toMatchObject({ send: false });
    expect(
      decideEventRelay(msg, { mainWindow: { destroyed: true, url: APP_ENTRY_URL } }, ORIGINS),
    ).toMatchObject({
      send: false,
    });
    for (const url of [
      'https://example.org/',
      'about:blank',
      '',
      'file:///C:/index.html',
      'app://evil/index.html',
    ])
      expect(decideEventRelay(msg, { mainWindow: { destroyed: false, url } }, ORIGINS), url).toMatchObject({
        send: false,
      });
  });

  it('refuses unknown events and malformed payloads', () => {
    for (const junk of [
      null,
      'job.progress',
      { event: 'locked', payload },
      { event: 'job.progress' },
      { event: 'job.progress', payload: { ...payload, state: 'exploded' } },
      { event: 'job.progress', payload: { ...payload, done: -1 } },
      { event: 'job.progress', payload: { ...payload, total: 1.5 } },
      { event: 'job.progress', payload: { ...payload, note: 'x'.repeat(500) } },
      { event: 'job.progress', payload: { ...payload, label: { toString: 'x' } } },
    ])
      expect(decideEventRelay(junk, onApp, ORIGINS), JSON.stringify(junk)).toEqual({
        send: false,
        reason: 'not a known event',
      });
  });
});
