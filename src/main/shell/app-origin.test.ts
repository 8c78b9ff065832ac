import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN, allowedOrigins, entryUrl, isOnAllowedOrigin } from './app-origin';

describe('isOnAllowedOrigin', () => {
  const app = [APP_ORIGIN];

  it('accepts pages and assets of the app origin', () => {
    expect(isOnAllowedOrigin('app://waymark/index.html', app)).toBe(true);
    expect(isOnAllowedOrigin('app://waymark/assets/index-abc.js', app)).toBe(true);
    expect(isOnAllowedOrigin('app://waymark/index.html#/mentors', app)).toBe(true);
    expect(isOnAllowedOrigin('APP://WAYMARK/index.html', app)).toBe(true);
  });

  it('refuses other hosts, schemes, userinfo, ports and junk', () => {
    for (const url of [
      'app://evil/index.html',
      'app://waymark.evil/index.html',
      'app://user@waymark/index.html',
      'app://waymark:8080/index.html',
      'https://waymark/index.html',
      'file:///C:/Program%20Files/Waymark/index.html',
      'http://localhost:5173/',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'about:blank',
      'not a url',
      '',
    ]) {
      expect(isOnAllowedOrigin(url, app), url).toBe(false);
    }
  });

  it('accepts the dev server only when it is listed', () => {
    expect(isOnAllowedOrigin('http://localhost:5173/', app)).toBe(false);
    expect(isOnAllowedOrigin('http://localhost:5173/', [APP_ORIGIN, 'http://localhost:5173'])).toBe(true);
    expect(isOnAllowedOrigin('http://localhost:5174/', [APP_ORIGIN, 'http://localhost:5173'])).toBe(false);
  });
});

describe('allowedOrigins', () => {
  it('is only the app origin in a packaged app, whatever the environment says', () => {
    expect(allowedOrigins(true, 'http://localhost:5173')).toEqual([APP_ORIGIN]);
    expect(allowedOrigins(true, undefined)).toEqual([APP_ORIGIN]);
  });

  it('adds a loopback dev server in development', () => {
    expect(allowedOrigins(false, 'http://localhost:5173')).toEqual([APP_ORIGIN, 'http://localhost:5173']);
    expect(allowedOrigins(false, 'http://127.0.0.1:5173/')).toEqual([APP_ORIGIN, 'http://127.0.0.1:5173']);
  });

  it('ignores a dev server that is remote, not http, or malformed', () => {
    expect(allowedOrigins(false, 'http://example.org:5173')).toEqual([APP_ORIGIN]);
    expect(allowedOrigins(false, 'https://localhost:5173')).toEqual([APP_ORIGIN]);
    expect(allowedOrigins(false, 'http://user:pw@localhost:5173')).toEqual([APP_ORIGIN]);
    expect(allowedOrigins(false, 'nonsense')).toEqual([APP_ORIGIN]);
    expect(allowedOrigins(false, undefined)).toEqual([APP_ORIGIN]);
  });
});

describe('entryUrl', () => {
  it('opens the app entry page, or the dev server when one is allowed', () => {
    expect(entryUrl([APP_ORIGIN])).toBe(APP_ENTRY_URL);
    expect(entryUrl([APP_ORIGIN, 'http://localhost:5173'])).toBe('http://localhost:5173/');
  });
});
