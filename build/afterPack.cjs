'use strict';
// electron-builder loads hooks with require(), so this file is CommonJS by necessity.
/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * electron-builder afterPack hook: flips the Electron fuses (see fuses.cjs for each one and why)
 * in the packaged executable. It runs after the asar and its integrity hash are in place and
 * before signing, so the signature covers the fused binary.
 */
const path = require('node:path');
const { flipFuses, FuseV1Options, FuseVersion } = require('@electron/fuses');
const { fuseConfig } = require('./fuses.cjs');

// builder-util's Arch.arm64.
const ARCH_ARM64 = 3;

/** The Electron executable electron-builder produced for this platform. */
function executablePath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') {
    return path.join(appOutDir, `${packager.appInfo.productFilename}.app`);
  }
  if (electronPlatformName === 'win32')
    return path.join(appOutDir, `${packager.appInfo.productFilename}.exe`);
  return path.join(appOutDir, packager.executableName);
}

exports.default = async function afterPack(context) {
  await flipFuses(executablePath(context), {
    ...fuseConfig({ FuseV1Options, FuseVersion }),
    // macOS arm64 refuses to run a binary whose ad-hoc signature no longer matches.
    resetAdHocDarwinSignature: context.electronPlatformName === 'darwin' && context.arch === ARCH_ARM64,
  });
};
