import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from './app-origin';
import { decideNavigation, decideWebviewAttach, decideWindowOpen } from './navigation';

const origins = [APP_ORIGIN];

describe('decideNavigation', () => {
  it('allows moving within the app', () => {
    expect(decideNavigation('app://waymark/index.html', origins)).toBe('allow');
    expect(decideNavigation('app://waymark/index.html#/mentees', origins)).toBe('allow');
  });

  it('denies leaving the app for anywhere else', () => {
    for (const url of [
      'https://example.org/',
      'http://127.0.0.1:8080/',
      'file:///etc/passwd',
      'file:///C:/Windows/System32/',
      'app://other/index.html',
      'javascript:alert(document.cookie)',
      'data:text/html,hello',
      'about:blank',
      'chrome://gpu',
      '',
    ]) {
      expect(decideNavigation(url, origins), url).toBe('deny');
    }
  });

  it('allows the dev server only when it is an allowed origin', () => {
    expect(decideNavigation('http://localhost:5173/', origins)).toBe('deny');
    expect(decideNavigation('http://localhost:5173/', [...origins, 'http://localhost:5173'])).toBe('allow');
  });
});

describe('decideWindowOpen', () => {
  it('denies every new window, even one for the app itself', () => {
    for (const url of ['app://waymark/index.html', 'https://www.gov.uk/', 'about:blank', '']) {
      expect(decideWindowOpen(url)).toEqual({ action: 'deny' });
    }
  });
});

describe('decideWebviewAttach', () => {
  it('denies every webview, whatever its source', () => {
    for (const src of ['app://waymark/index.html', 'https://example.org/', undefined]) {
      expect(decideWebviewAttach(src)).toBe('deny');
    }
  });
});
