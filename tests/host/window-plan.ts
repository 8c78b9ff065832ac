/** Does dev:browser (or `npm start`'s fallback to it) show a window, run headless, or stop? */
export interface WindowSituation {
  /** Is there a screen (see hasDisplay in src/main/shell/electron-binary.ts)? */
  display: boolean;
  /** The Chromium found is the bundled headless shell, which cannot show a window. */
  headlessOnly: boolean;
  /** That Chromium's name, as describeChoice gives it. */
  browser: string;
  askedHeadless: boolean;
  /** `--window`: a person asked for the app, so running where nobody can see it is no answer. */
  windowRequired: boolean;
}

export type WindowPlan =
  | { kind: 'window'; note?: undefined }
  | { kind: 'headless'; note?: string }
  | { kind: 'refuse'; message: string };

const INSTALL_A_BROWSER =
  'install Chromium, Google Chrome or Microsoft Edge (or set WAYMARK_CHROMIUM to one) to see Waymark';

export function windowPlan(s: WindowSituation): WindowPlan {
  if (s.askedHeadless) return { kind: 'headless' };
  if (!s.display) {
    return s.windowRequired
      ? {
          kind: 'refuse',
          message:
            'There is no screen here to show Waymark on (DISPLAY and WAYLAND_DISPLAY are not set): ' +
            'run it in a desktop session.',
        }
      : {
          kind: 'headless',
          note: 'No display found (DISPLAY and WAYLAND_DISPLAY are not set): running headless.',
        };
  }
  if (s.headlessOnly) {
    return s.windowRequired
      ? {
          kind: 'refuse',
          message: `The only browser found is the ${s.browser}, which cannot show a window: ${INSTALL_A_BROWSER}.`,
        }
      : {
          kind: 'headless',
          note: `The ${s.browser} cannot show a window, so it runs headless: ${INSTALL_A_BROWSER}.`,
        };
  }
  return { kind: 'window' };
}
