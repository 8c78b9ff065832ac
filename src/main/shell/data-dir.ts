import nodePath from 'node:path';

/**
 * Where the encrypted database and vault live. IT may choose the folder, either with the
 * `--data-dir=` switch on the shortcut or with the WAYMARK_DATA_DIR environment variable (the
 * switch wins: it is the more specific, per-shortcut choice). Otherwise `<userData>/data`.
 *
 * A configured value that is not usable is an error, never a silent fall-back: quietly opening a
 * different folder would leave staff working in a second, empty database.
 */
export const DATA_DIR_ENV = 'WAYMARK_DATA_DIR';
export const DATA_DIR_SWITCH = 'data-dir';

export type DataDirSource = 'command-line' | 'environment' | 'default';
export type DataDirResult =
  { ok: true; dir: string; source: DataDirSource } | { ok: false; source: DataDirSource; problem: string };

export interface DataDirInput {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  /** `app.getPath('userData')`. */
  userDataDir: string;
  /** node:path by default; tests pass path.win32 or path.posix. */
  pathApi?: nodePath.PlatformPath;
}

/** The value of `--name=value` (the last one wins, as in Chromium), or undefined. */
export function readSwitch(argv: readonly string[], name: string): string | undefined {
  const prefix = `--${name}=`;
  let value: string | undefined;
  for (const arg of argv) if (arg.startsWith(prefix)) value = arg.slice(prefix.length);
  return value;
}

const hasControlCharacters = (s: string): boolean => [...s].some((c) => c.charCodeAt(0) < 0x20);

function validate(raw: string, pathApi: nodePath.PlatformPath): { dir: string } | { problem: string } {
  // Group Policy editors sometimes keep the quotes around a path; one surrounding pair is harmless.
  const value = raw.trim().replace(/^"(.*)"$/, '$1');
  if (value === '') return { problem: 'The data folder setting is empty.' };
  if (hasControlCharacters(value)) return { problem: 'The data folder setting contains control characters.' };
  const windows = pathApi.sep === '\\';
  if (windows && /^[\\/]{2}/.test(value)) {
    // SQLite's WAL journal cannot work safely over a network file system.
    return { problem: 'The data folder must be on a local drive, not a network share.' };
  }
  if (windows ? !/^[a-zA-Z]:[\\/]/.test(value) : !pathApi.isAbsolute(value)) {
    return { problem: 'The data folder must be a full path, such as D:\\Waymark\\data.' };
  }
  const dir = pathApi.resolve(value);
  if (pathApi.parse(dir).root === dir) return { problem: 'The data folder cannot be the root of a drive.' };
  return { dir };
}

export function resolveDataDir({ argv, env, userDataDir, pathApi = nodePath }: DataDirInput): DataDirResult {
  const fromSwitch = readSwitch(argv, DATA_DIR_SWITCH);
  const fromEnv = env[DATA_DIR_ENV];
  const [source, raw]: [DataDirSource, string] =
    fromSwitch !== undefined
      ? ['command-line', fromSwitch]
      : fromEnv !== undefined && fromEnv !== ''
        ? ['environment', fromEnv]
        : ['default', pathApi.join(userDataDir, 'data')];
  const checked = validate(raw, pathApi);
  return 'dir' in checked
    ? { ok: true, dir: checked.dir, source }
    : { ok: false, source, problem: checked.problem };
}
