/**
 * Permission guards. Waymark needs no browser permission: no camera, microphone, location,
 * notifications, USB, serial, HID, clipboard reads, fullscreen or anything else. Every request
 * and every check is refused, whoever asks, so a compromised page gains nothing by asking.
 */
export interface PermissionQuery {
  permission: string;
  /** The origin asking; recorded for tests and reasoning, never enough to grant. */
  origin: string;
}

/** `session.setPermissionRequestHandler`: always false. */
export function decidePermissionRequest(_query: PermissionQuery): boolean {
  return false;
}

/** `session.setPermissionCheckHandler`: always false. */
export function decidePermissionCheck(_query: PermissionQuery): boolean {
  return false;
}

/** `session.setDevicePermissionHandler` (WebUSB, WebHID, Web Serial device access): always false. */
export function decideDevicePermission(_deviceType: string, _origin: string): boolean {
  return false;
}
