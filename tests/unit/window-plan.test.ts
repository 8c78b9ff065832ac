import { describe, expect, it } from 'vitest';
import { windowPlan, type WindowSituation } from '../host/window-plan';

const desktop: WindowSituation = {
  display: true,
  headlessOnly: false,
  browser: 'system Chromium (/usr/bin/chromium)',
  askedHeadless: false,
  windowRequired: false,
};
const bundled = 'headless Chromium bundled in @sparticuz/chromium';

describe('windowPlan', () => {
  it('shows a window on a desktop with a full browser', () => {
    expect(windowPlan(desktop)).toEqual({ kind: 'window' });
    expect(windowPlan({ ...desktop, windowRequired: true })).toEqual({ kind: 'window' });
  });

  it('runs headless when asked, quietly', () => {
    expect(windowPlan({ ...desktop, askedHeadless: true })).toEqual({ kind: 'headless' });
  });

  it('runs headless without a display, saying so, unless a window is required', () => {
    const noScreen = { ...desktop, display: false };
    expect(windowPlan(noScreen)).toEqual({
      kind: 'headless',
      note: expect.stringMatching(/^No display found/),
    });
    const refused = windowPlan({ ...noScreen, windowRequired: true });
    expect(refused).toEqual({ kind: 'refuse', message: expect.stringMatching(/desktop session/) });
  });

  it('cannot show a window with the bundled headless browser, and says what to install', () => {
    const onlyBundled = { ...desktop, headlessOnly: true, browser: bundled };
    const plan = windowPlan(onlyBundled);
    expect(plan.kind).toBe('headless');
    expect(windowPlan({ ...onlyBundled, windowRequired: true })).toEqual({
      kind: 'refuse',
      message: `The only browser found is the ${bundled}, which cannot show a window: install Chromium, Google Chrome or Microsoft Edge (or set WAYMARK_CHROMIUM to one) to see Waymark.`,
    });
  });
});
