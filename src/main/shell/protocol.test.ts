import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_SCHEME_PRIVILEGES, contentTypeFor, resolveAppRequest } from './protocol';

const posixRoot = '/opt/Waymark/resources/app.asar/out/renderer';
const winRoot = 'C:\\Users\\sam\\AppData\\Local\\Programs\\Waymark\\resources\\app.asar\\out\\renderer';

const posix = (url: string, method = 'GET') => resolveAppRequest(url, method, posixRoot, path.posix);
const win = (url: string, method = 'GET') => resolveAppRequest(url, method, winRoot, path.win32);

describe('resolveAppRequest: files the app serves', () => {
  it('maps the root and index.html to the entry page', () => {
    for (const url of [
      'app://waymark/',
      'app://waymark',
      'app://waymark/index.html',
      'app://waymark/?x=1#/home',
    ]) {
      expect(posix(url), url).toEqual({
        ok: true,
        filePath: `${posixRoot}/index.html`,
        contentType: 'text/html; charset=utf-8',
      });
    }
  });

  it('maps assets below the folder, on both platforms', () => {
    expect(posix('app://waymark/assets/index-Bx1.js')).toEqual({
      ok: true,
      filePath: `${posixRoot}/assets/index-Bx1.js`,
      contentType: 'text/javascript; charset=utf-8',
    });
    expect(win('app://waymark/assets/index-Bx1.css')).toEqual({
      ok: true,
      filePath: `${winRoot}\\assets\\index-Bx1.css`,
      contentType: 'text/css; charset=utf-8',
    });
  });

  it('decodes ordinary percent-encoding such as spaces', () => {
    const r = posix('app://waymark/assets/My%20Font.woff2');
    expect(r).toEqual({ ok: true, filePath: `${posixRoot}/assets/My Font.woff2`, contentType: 'font/woff2' });
  });

  it('accepts HEAD as well as GET, and nothing else', () => {
    expect(posix('app://waymark/index.html', 'HEAD').ok).toBe(true);
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS'])
      expect(posix('app://waymark/index.html', method)).toEqual({ ok: false, status: 405 });
  });
});

describe('resolveAppRequest: refusals', () => {
  it('refuses dot segments, plain or encoded', () => {
    for (const url of [
      'app://waymark/../../etc/passwd',
      'app://waymark/assets/../../secret',
      'app://waymark/./index.html',
      'app://waymark/%2e%2e/%2e%2e/etc/passwd',
      'app://waymark/%2E%2E/secret',
      'app://waymark/.%2e/secret',
      'app://waymark/assets%2f..%2f..%2fsecret',
      'app://waymark/%252e%252e/secret',
    ]) {
      const r = posix(url);
      expect(r.ok, url).toBe(false);
    }
  });

  it('refuses backslashes, drive letters and NTFS streams (Windows)', () => {
    for (const url of [
      'app://waymark/..\\..\\Windows\\win.ini',
      'app://waymark/%5c..%5cWindows%5cwin.ini',
      'app://waymark/C:/Windows/win.ini',
      'app://waymark/index.html::$DATA',
      'app://waymark/index.html.',
      'app://waymark/index.html%20',
    ]) {
      expect(win(url).ok, url).toBe(false);
    }
  });

  it('refuses Windows device names', () => {
    for (const url of [
      'app://waymark/CON',
      'app://waymark/nul.txt',
      'app://waymark/assets/COM1.js',
      'app://waymark/LPT9',
    ]) {
      expect(win(url), url).toEqual({ ok: false, status: 403 });
    }
  });

  it('refuses hidden files and NUL bytes', () => {
    expect(posix('app://waymark/.env').ok).toBe(false);
    expect(posix('app://waymark/assets/.git/config').ok).toBe(false);
    expect(posix('app://waymark/index.html%00.png').ok).toBe(false);
  });

  it('refuses other hosts, schemes and credentials', () => {
    for (const url of [
      'app://evil/index.html',
      'app://waymark.evil/index.html',
      'app://user@waymark/index.html',
      'app://waymark:99/index.html',
      'file:///etc/passwd',
      'https://waymark/index.html',
    ]) {
      expect(posix(url), url).toEqual({ ok: false, status: 403 });
    }
  });

  it('answers 400 for malformed encoding', () => {
    expect(posix('app://waymark/assets/%E0%A4%A.js')).toEqual({ ok: false, status: 400 });
  });
});

describe('contentTypeFor', () => {
  it('knows the bundle file types and falls back to opaque bytes', () => {
    expect(contentTypeFor('a/b/index.HTML')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('x.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('x.wasm')).toBe('application/wasm');
    expect(contentTypeFor('x.exe')).toBe('application/octet-stream');
    expect(contentTypeFor('noextension')).toBe('application/octet-stream');
  });
});

describe('APP_SCHEME_PRIVILEGES', () => {
  it('registers app:// as a standard, secure scheme and grants nothing that bypasses CSP', () => {
    expect(APP_SCHEME_PRIVILEGES.scheme).toBe('app');
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({ standard: true, secure: true });
    expect(APP_SCHEME_PRIVILEGES.privileges).not.toHaveProperty('bypassCSP');
    expect(APP_SCHEME_PRIVILEGES.privileges).not.toHaveProperty('corsEnabled');
  });
});
