import sodiumModule from 'libsodium-wrappers-sumo';

/** libsodium is WebAssembly and must finish loading before first use; every caller awaits this. */
export async function loadSodium(): Promise<typeof sodiumModule> {
  await sodiumModule.ready;
  return sodiumModule;
}
