import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSwitch, resolveDataDir } from './data-dir';

const winUserData = 'C:\\Users\\sam\\AppData\\Roaming\\Waymark';
const win = (argv: string[], env: Record<string, string> = {}) =>
  resolveDataDir({ argv, env, userDataDir: winUserData, pathApi: path.win32 });
const posix = (argv: string[], env: Record<string, string> = {}) =>
  resolveDataDir({ argv, env, userDataDir: '/home/sam/.config/Waymark', pathApi: path.posix });

describe('resolveDataDir: where the data goes', () => {
  it('defaults to <userData>/data', () => {
    expect(win([])).toEqual({ ok: true, dir: `${winUserData}\\data`, source: 'default' });
    expect(posix([])).toEqual({ ok: true, dir: '/home/sam/.config/Waymark/data', source: 'default' });
  });

  it('uses WAYMARK_DATA_DIR when IT sets it', () => {
    expect(win([], { WAYMARK_DATA_DIR: 'D:\\Waymark\\data' })).toEqual({
      ok: true,
      dir: 'D:\\Waymark\\data',
      source: 'environment',
    });
  });

  it('prefers the --data-dir= switch over the environment', () => {
    const r = win(['Waymark.exe', '--data-dir=E:\\Case Data'], { WAYMARK_DATA_DIR: 'D:\\Waymark' });
    expect(r).toEqual({ ok: true, dir: 'E:\\Case Data', source: 'command-line' });
  });

  it('normalises the folder and accepts one pair of surrounding quotes', () => {
    expect(win(['--data-dir="D:\\Waymark\\data\\"'])).toMatchObject({ ok: true, dir: 'D:\\Waymark\\data' });
    expect(posix(['--data-dir=/srv/waymark/./x/../data/'])).toMatchObject({
      ok: true,
      dir: '/srv/waymark/data',
    });
  });

  it('treats an empty environment variable as not set', () => {
    expect(win([], { WAYMARK_DATA_DIR: '' })).toMatchObject({ ok: true, source: 'default' });
  });
});

describe('resolveDataDir: refusals (never a silent fall-back)', () => {
  it('refuses relative and drive-relative paths', () => {
    for (const dir of ['data', '.\\data', 'C:data', '\\Waymark\\data']) {
      const r = win([`--data-dir=${dir}`]);
      expect(r.ok, dir).toBe(false);
      expect(r.source).toBe('command-line');
    }
    expect(posix(['--data-dir=data']).ok).toBe(false);
  });

  it('refuses network shares and device paths on Windows', () => {
    for (const dir of [
      '\\\\fileserver\\share\\waymark',
      '//fileserver/share',
      '\\\\?\\C:\\x',
      '\\\\.\\PhysicalDrive0',
    ]) {
      expect(win([], { WAYMARK_DATA_DIR: dir }), dir).toMatchObject({
        ok: false,
        source: 'environment',
        problem: 'The data folder must be on a local drive, not a network share.',
      });
    }
  });

  it('refuses an empty switch, control characters and a drive root', () => {
    expect(win(['--data-dir='])).toMatchObject({ ok: false, problem: 'The data folder setting is empty.' });
    expect(win(['--data-dir=D:\\a\u0000b']).ok).toBe(false);
    expect(win(['--data-dir=D:\\']).ok).toBe(false);
    expect(posix(['--data-dir=/']).ok).toBe(false);
  });
});

describe('readSwitch', () => {
  it('reads --name=value and lets the last one win', () => {
    expect(readSwitch(['a', '--data-dir=/x', '--data-dir=/y'], 'data-dir')).toBe('/y');
    expect(readSwitch(['--data-dir'], 'data-dir')).toBeUndefined();
    expect(readSwitch(['--data-directory=/x'], 'data-dir')).toBeUndefined();
    expect(readSwitch([], 'data-dir')).toBeUndefined();
  });
});
