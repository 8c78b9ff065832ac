'use strict';
/**
 * Electron fuses for the packaged app: switches compiled into the Electron binary that no
 * command-line flag or environment variable can turn back. Each one removes a way for another
 * program on a managed PC to run code as Waymark or read Waymark's data through it.
 */
const SECURITY_FUSES = Object.freeze({
  // Off: ELECTRON_RUN_AS_NODE would turn Waymark.exe into a general Node.js interpreter that
  // runs any script with the app's identity (and its signed, allow-listed executable).
  RunAsNode: false,
  // On: the Chromium cookie store is encrypted with the OS key (DPAPI on Windows).
  EnableCookieEncryption: true,
  // Off: NODE_OPTIONS could preload arbitrary code (--require) into the main process.
  EnableNodeOptionsEnvironmentVariable: false,
  // Off: --inspect / --inspect-brk would let a debugger attach and read keys from memory.
  EnableNodeCliInspectArguments: false,
  // On: app.asar is checked against the hash embedded in the executable at build time, so its
  // code cannot be edited after installation.
  EnableEmbeddedAsarIntegrityValidation: true,
  // On: only the (integrity-checked) app.asar is loaded, never a loose app folder placed next to it.
  OnlyLoadAppFromAsar: true,
  // Off: file:// pages get no special powers; the app is served from app://waymark/ anyway.
  GrantFileProtocolExtraPrivileges: false,
});

/**
 * The config for `flipFuses`, built from the fuses module's own enums so that a renamed or
 * removed fuse fails the build instead of being silently skipped.
 * @param {{ FuseVersion: { V1: string }, FuseV1Options: Record<string, number | string> }} fuses
 */
function fuseConfig({ FuseVersion, FuseV1Options }) {
  /** @type {Record<string | number, unknown>} */
  const config = { version: FuseVersion.V1 };
  for (const [name, value] of Object.entries(SECURITY_FUSES)) {
    const index = FuseV1Options[name];
    if (typeof index !== 'number') throw new Error(`@electron/fuses does not know the fuse ${name}`);
    config[index] = value;
  }
  return config;
}

module.exports = { SECURITY_FUSES, fuseConfig };
