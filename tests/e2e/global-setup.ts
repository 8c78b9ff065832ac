import { buildBrowserHostAssets } from '../host/build';

/** Build the renderer (and the test bridge) once, before any end-to-end test runs. */
export default async function setup(): Promise<void> {
  await buildBrowserHostAssets();
}
