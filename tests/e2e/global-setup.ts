import { buildBrowserHostAssets } from '../host/build';
import { findChromium } from '../host/find-chromium';

/**
 * Build the renderer (and the test bridge) once, before any end-to-end test runs, and find the
 * browser: naming it once here keeps the output to one line, and unpacking the bundled fallback
 * here (not in the first test) keeps that work out of every test's timeout.
 */
export default async function setup(): Promise<void> {
  const chromium = await findChromium();
  console.log(`End-to-end tests use ${chromium.label}.`);
  await buildBrowserHostAssets();
}
