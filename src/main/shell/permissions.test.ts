import { describe, expect, it } from 'vitest';
import { decideDevicePermission, decidePermissionCheck, decidePermissionRequest } from './permissions';

// A sample of the permissions Electron 45 can ask about, including ones that look harmless.
const PERMISSIONS = [
  'media',
  'geolocation',
  'notifications',
  'clipboard-read',
  'clipboard-sanitized-write',
  'fullscreen',
  'pointerLock',
  'openExternal',
  'hid',
  'serial',
  'usb',
  'midiSysex',
  'display-capture',
  'idle-detection',
  'local-fonts',
  'fileSystem',
  'persistent-storage',
  'window-management',
  'unknown',
];

const ORIGINS = ['app://waymark', 'https://example.org', 'null', ''];

describe('permissions', () => {
  it('refuses every permission request, even from the app itself', () => {
    for (const permission of PERMISSIONS)
      for (const origin of ORIGINS)
        expect(decidePermissionRequest({ permission, origin }), `${permission} @ ${origin}`).toBe(false);
  });

  it('refuses every permission check, even from the app itself', () => {
    for (const permission of PERMISSIONS)
      for (const origin of ORIGINS)
        expect(decidePermissionCheck({ permission, origin }), `${permission} @ ${origin}`).toBe(false);
  });

  it('refuses device access of every kind', () => {
    for (const kind of ['hid', 'serial', 'usb', 'bluetooth'])
      expect(decideDevicePermission(kind, 'app://waymark')).toBe(false);
  });
});
