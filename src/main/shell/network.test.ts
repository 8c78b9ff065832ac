import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from './app-origin';
import { decideRequest } from './network';

const origins = [APP_ORIGIN];

describe('decideRequest', () => {
  it('allows the app and in-memory data', () => {
    expect(decideRequest('app://waymark/assets/index.js', origins)).toBe('allow');
    expect(decideRequest('data:image/png;base64,iVBORw0KGgo=', origins)).toBe('allow');
    expect(decideRequest('blob:app://waymark/6b1c1e6e-0000-4000-8000-000000000000', origins)).toBe('allow');
    expect(decideRequest('devtools://devtools/bundled/devtools_app.html', origins)).toBe('allow');
  });

  it('denies every network and file request', () => {
    for (const url of [
      'https://example.org/collect?id=1',
      'http://localhost:3000/',
      'ws://127.0.0.1:9229/',
      'wss://example.org/socket',
      'ftp://example.org/file',
      'file:///etc/passwd',
      'app://elsewhere/x.js',
      'not a url',
    ]) {
      expect(decideRequest(url, origins), url).toBe('deny');
    }
  });

  it('allows the dev server only when it is an allowed origin', () => {
    expect(decideRequest('http://localhost:5173/src/main.tsx', origins)).toBe('deny');
    expect(decideRequest('ws://localhost:5173/', origins)).toBe('deny');
    expect(decideRequest('http://localhost:5173/src/main.tsx', [...origins, 'http://localhost:5173'])).toBe(
      'allow',
    );
  });

  it("lets the dev server's hot-reload socket through, and no other socket", () => {
    const dev = [...origins, 'http://localhost:5173'];
    expect(decideRequest('ws://localhost:5173/?token=abc', dev)).toBe('allow');
    expect(decideRequest('ws://localhost:5174/', dev)).toBe('deny');
    expect(decideRequest('ws://example.org:5173/', dev)).toBe('deny');
    expect(decideRequest('wss://localhost:5173/', dev)).toBe('deny');
  });
});
