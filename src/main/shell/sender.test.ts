import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from './app-origin';
import { checkSender, type SenderFacts } from './sender';

const origins = [APP_ORIGIN];
const good: SenderFacts = {
  senderId: 7,
  mainWindowId: 7,
  frame: { url: 'app://waymark/index.html#/mentors', isTopFrame: true },
};

describe('checkSender', () => {
  it("accepts the main window's top frame on the app origin", () => {
    expect(checkSender(good, origins)).toEqual({ ok: true });
  });

  it('refuses another WebContents, or any sender before the window exists', () => {
    expect(checkSender({ ...good, senderId: 8 }, origins)).toEqual({
      ok: false,
      reason: 'not the main window',
    });
    expect(checkSender({ ...good, mainWindowId: null }, origins).ok).toBe(false);
  });

  it('refuses a sub-frame, even one on the app origin', () => {
    const frame = { url: 'app://waymark/index.html', isTopFrame: false };
    expect(checkSender({ ...good, frame }, origins)).toEqual({ ok: false, reason: 'not the top frame' });
  });

  it('refuses a frame that is gone', () => {
    expect(checkSender({ ...good, frame: null }, origins)).toEqual({
      ok: false,
      reason: 'sender frame is gone',
    });
  });

  it('refuses a top frame showing anything but the app', () => {
    for (const url of [
      'https://example.org/',
      'file:///C:/Users/x/evil.html',
      'app://other/index.html',
      'about:blank',
      'http://localhost:5173/',
    ]) {
      expect(checkSender({ ...good, frame: { url, isTopFrame: true } }, origins).ok, url).toBe(false);
    }
  });

  it('accepts the dev server only when it is an allowed origin', () => {
    const dev = { ...good, frame: { url: 'http://localhost:5173/', isTopFrame: true } };
    expect(checkSender(dev, [APP_ORIGIN, 'http://localhost:5173']).ok).toBe(true);
  });
});
