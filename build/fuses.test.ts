import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import afterPack from './afterPack.cjs';
import { SECURITY_FUSES, fuseConfig } from './fuses.cjs';

// The fuse wire format (@electron/fuses keeps these internal): a sentinel, then version, length
// and one byte per fuse: '0' off, '1' on, 0x90 left at Electron's default.
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FuseState = { DISABLE: 48, ENABLE: 49, INHERIT: 144 } as const;

describe('SECURITY_FUSES', () => {
  it('turns off every way to run other code through the Waymark executable', () => {
    expect(SECURITY_FUSES.RunAsNode).toBe(false);
    expect(SECURITY_FUSES.EnableNodeOptionsEnvironmentVariable).toBe(false);
    expect(SECURITY_FUSES.EnableNodeCliInspectArguments).toBe(false);
    expect(SECURITY_FUSES.GrantFileProtocolExtraPrivileges).toBe(false);
  });

  it('turns on asar integrity, asar-only loading and cookie encryption', () => {
    expect(SECURITY_FUSES.EnableEmbeddedAsarIntegrityValidation).toBe(true);
    expect(SECURITY_FUSES.OnlyLoadAppFromAsar).toBe(true);
    expect(SECURITY_FUSES.EnableCookieEncryption).toBe(true);
  });

  it('maps onto the fuse wire indexes of @electron/fuses', () => {
    const config = fuseConfig({ FuseVersion, FuseV1Options });
    expect(config.version).toBe(FuseVersion.V1);
    expect(config[FuseV1Options.RunAsNode]).toBe(false);
    expect(config[FuseV1Options.EnableCookieEncryption]).toBe(true);
    expect(config[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(config[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(config[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(config[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(config[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
  });

  it('fails loudly when the fuses library no longer knows a fuse', () => {
    const { RunAsNode: _gone, ...options } = FuseV1Options as unknown as Record<string, number>;
    expect(() => fuseConfig({ FuseVersion, FuseV1Options: options })).toThrow(/RunAsNode/);
  });
});

describe('afterPack', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'waymark-fuses-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** A stand-in executable: some bytes, the fuse sentinel, version 1 and a wire of 9 fuses left at their defaults. */
  function fakeExecutable(path: string): void {
    const wire = Buffer.from([1, 9, ...Array<number>(9).fill(FuseState.INHERIT)]);
    writeFileSync(
      path,
      Buffer.concat([Buffer.from('MZ fake electron '), Buffer.from(SENTINEL), wire, Buffer.from(' end')]),
    );
  }

  it('writes every security fuse into the packaged Windows executable', async () => {
    const exe = join(dir, 'Waymark.exe');
    fakeExecutable(exe);
    await afterPack({
      appOutDir: dir,
      electronPlatformName: 'win32',
      packager: { appInfo: { productFilename: 'Waymark' } },
    });
    const wire = await getCurrentFuseWire(exe);
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(FuseState.DISABLE);
    // Fuses this app has no opinion on keep Electron's default.
    expect(wire[FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]).toBe(FuseState.INHERIT);
    expect(readFileSync(exe).subarray(-4).toString()).toBe(' end');
  });

  it('fails the build when the executable has no fuse wire', async () => {
    writeFileSync(join(dir, 'Waymark.exe'), 'not electron');
    await expect(
      afterPack({
        appOutDir: dir,
        electronPlatformName: 'win32',
        packager: { appInfo: { productFilename: 'Waymark' } },
      }),
    ).rejects.toThrow(/sentinel/);
  });
});
