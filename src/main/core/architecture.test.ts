import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const CORE = __dirname;
const SRC = resolve(CORE, '../..');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const full = join(dir, n);
    return statSync(full).isDirectory()
      ? files(full)
      : /\.tsx?$/.test(full) && !/\.test\.tsx?$/.test(full)
        ? [full]
        : [];
  });

interface Import {
  /** Path relative to src/, without extension. */
  to: string;
  typeOnly: boolean;
}

/** Our own imports of a file (relative specifiers), resolved to files under src/. */
function importsOf(file: string, text: string): Import[] {
  const out: Import[] = [];
  const pattern = /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'"]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]+)['"]/g;
  for (const m of text.matchAll(pattern)) {
    const base = resolve(dirname(file), m[3]!);
    const found = ['.ts', '.tsx', '.d.ts', '/index.ts', '/index.tsx'].map((e) => base + e).find(existsSync);
    if (!found) continue;
    out.push({ to: relative(SRC, found).replace(/\.(d\.)?tsx?$/, ''), typeOnly: !!m[2] });
  }
  for (const m of text.matchAll(/import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g)) {
    const base = resolve(dirname(file), m[1]!);
    const found = ['.ts', '.tsx', '/index.ts'].map((e) => base + e).find(existsSync);
    if (found) out.push({ to: relative(SRC, found).replace(/\.tsx?$/, ''), typeOnly: false });
  }
  return out;
}

const ALL = files(SRC).map((f) => {
  const text = readFileSync(f, 'utf8');
  return { path: relative(SRC, f).replace(/\.(d\.)?tsx?$/, ''), text, imports: importsOf(f, text) };
});
const CORE_FILES = ALL.filter((f) => f.path.startsWith('main/core/'));

/**
 * The one-pipeline rule, checked on the source: only the dispatcher writes audit rows, and no
 * handler looks at the caller's roles (permission and redaction are the policy's job).
 */
describe('core architecture', () => {
  const sources = CORE_FILES.map((s) => ({ path: s.path.slice('main/core/'.length) + '.ts', text: s.text }));

  it('appends audit rows only from the dispatcher', () => {
    const appending = sources.filter((s) => /\.append\(/.test(s.text)).map((s) => s.path);
    expect(appending).toEqual(['ipc/dispatcher.ts']);
  });

  it('keeps role checks on the caller out of handlers', () => {
    const handlers = sources.filter((s) => s.path.endsWith('.handlers.ts'));
    expect(handlers.length).toBeGreaterThanOrEqual(4);
    for (const h of handlers) expect(h.text, h.path).not.toMatch(/caller!?\??\.roles/);
  });

  it('never writes to the console from the core', () => {
    for (const s of sources) expect(s.text, s.path).not.toMatch(/console\.(log|info|warn|error|debug)/);
  });
});

/** Which layer a file under src/ belongs to, for the rules between processes. */
const layerOf = (path: string) =>
  path.startsWith('shared/')
    ? 'shared'
    : path.startsWith('main/core/')
      ? 'core'
      : path.startsWith('main/shell/')
        ? 'shell'
        : path === 'main/index'
          ? 'main-entry'
          : path.startsWith('preload/')
            ? 'preload'
            : path.startsWith('renderer/')
              ? 'renderer'
              : 'other';

/** What each layer may not import (eslint.config.js says the same, for the editor). */
const FORBIDDEN: Record<string, readonly string[]> = {
  shared: ['core', 'shell', 'main-entry', 'preload', 'renderer'],
  core: ['shell', 'main-entry', 'preload', 'renderer'],
  shell: ['renderer', 'main-entry'],
  preload: ['core', 'shell', 'main-entry', 'renderer'],
  // The renderer knows only the contract; `window.api`'s type comes from the preload's index.d.ts.
  renderer: ['core', 'shell', 'main-entry', 'preload'],
};

/**
 * Inside the core, folders depend downward only: crypto helpers at the bottom, the database, then
 * the policy and the audit chain, the vault, the caller's session, the pipeline, the areas, and
 * the assembly (index, modules) on top. An area's own surface (handlers, module index, queries)
 * sits with the areas whatever folder it is in, so the vault's handlers may use the accounts area.
 */
const RANK: Record<string, number> = {
  crypto: 0,
  db: 1,
  policy: 2,
  audit: 3,
  vault: 4,
  session: 5,
  ipc: 6,
  area: 7,
  '(root)': 8,
  host: 9,
};
const rankOf = (corePath: string): [string, number] => {
  const [folder, ...rest] = corePath.split('/');
  // The module kit and the core's option types are used by every area: they sit with the pipeline.
  if (rest.length === 0)
    return folder === 'module' || folder === 'core.types' ? ['kit', RANK.ipc!] : ['(root)', RANK['(root)']!];
  const name = rest.at(-1)!;
  if (/\.(handlers|queries)$/.test(name) || (rest.length === 1 && name === 'index'))
    return ['area', RANK.area!];
  return [folder!, RANK[folder!] ?? RANK.area!];
};

/** Upward imports not yet removed: none. The test fails when one is added. */
const KNOWN_UPWARD: readonly string[] = [];

describe('layers', () => {
  it('keeps each process to the layers below it', () => {
    const problems = ALL.flatMap((f) =>
      f.imports
        .filter((i) => (FORBIDDEN[layerOf(f.path)] ?? []).includes(layerOf(i.to)))
        .map((i) => `${f.path} → ${i.to}`),
    );
    expect(problems).toEqual([]);
  });

  it('has no import cycle among the core’s files (type imports included)', () => {
    const graph = new Map(
      CORE_FILES.map((f) => [f.path, f.imports.map((i) => i.to).filter((t) => t.startsWith('main/core/'))]),
    );
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (n: string) => {
      state.set(n, 'open');
      stack.push(n);
      for (const next of graph.get(n) ?? []) {
        if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next].join(' → '));
        else if (!state.has(next)) visit(next);
      }
      stack.pop();
      state.set(n, 'done');
    };
    for (const n of graph.keys()) if (!state.has(n)) visit(n);
    expect(cycles).toEqual([]);
  });

  it('has the core’s folders depend downward only', () => {
    const upward = CORE_FILES.flatMap((f) => {
      const [from, fromRank] = rankOf(f.path.slice('main/core/'.length));
      return f.imports
        .filter((i) => i.to.startsWith('main/core/'))
        .flatMap((i) => {
          const [to, toRank] = rankOf(i.to.slice('main/core/'.length));
          return toRank > fromRank && from !== to ? [`${f.path.slice(10)} → ${i.to.slice(10)}`] : [];
        });
    });
    expect([...new Set(upward)].sort()).toEqual([...KNOWN_UPWARD].sort());
  });
});
