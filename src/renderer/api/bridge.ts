/** `window.api` as the preload (src/preload) or the browser test host exposes it. */
export type WaymarkApi = Window['api'];

/** The one place the renderer reaches for the bridge. */
export function api(): WaymarkApi {
  const bridge = (window as Partial<Window>).api;
  if (!bridge) throw new Error('The Waymark bridge is missing: the app must be started from its window.');
  return bridge;
}
