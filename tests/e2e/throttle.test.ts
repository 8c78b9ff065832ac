import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkScreen } from './support/a11y';
import { ADMIN, fillSignIn, heading, setUpThroughCore, signIn, visible } from './support/app';
import { describe, expect, test } from './support/fixture';
import type { PageGlobals } from './support/page-globals';

describe('failed sign-ins', () => {
  test('after five wrong passphrases sign-in pauses with a live countdown, which survives a restart', async ({
    launch,
  }) => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'waymark-e2e-throttle-'));
    try {
      // The core's clock can be moved on, so the test need not wait out the pause.
      let skewMs = 0;
      const now = () => new Date(Date.now() + skewMs);
      const first = await launch({ dataDir, navigate: false, coreOptions: { now } });
      await setUpThroughCore(first.core);
      await first.core.lock('user');
      await first.open();
      await heading(first.page, 'Sign in');

      for (let attempt = 1; attempt <= 4; attempt++) {
        await fillSignIn(first.page, ADMIN.username, `wrong guess number ${attempt}`);
        await visible(first.page.getByText('That username and passphrase do not match.'));
      }
      await fillSignIn(first.page, ADMIN.username, 'wrong guess number 5');
      const countdown = first.page.getByTestId('throttle-countdown');
      await visible(countdown);
      const before = await countdown.innerText();
      expect(before).toMatch(/You can try again in (30|29) seconds/);
      expect(await first.page.getByRole('button', { name: 'Sign in' }).isDisabled()).toBe(true);
      await checkScreen(first.page, '22-unlock-throttled');
      // The countdown is live.
      await first.page.waitForFunction(
        (text) =>
          (globalThis as unknown as PageGlobals).document.querySelector('[data-testid="throttle-countdown"]')
            ?.textContent !== text,
        before,
        { timeout: 5_000 },
      );

      // Restart on the same data folder: still paused, and the screen says so straight away.
      await first.close();
      const second = await launch({ dataDir, coreOptions: { now } });
      await heading(second.page, 'Sign in');
      await visible(second.page.getByTestId('throttle-countdown'));

      // Once the pause is over, the right passphrase works.
      skewMs = 31_000;
      await second.page.reload();
      await heading(second.page, 'Sign in');
      expect(await second.page.getByTestId('throttle-countdown').count()).toBe(0);
      await signIn(second.page, ADMIN.username, ADMIN.passphrase, ADMIN.displayName);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
