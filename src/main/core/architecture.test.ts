import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const CORE = __dirname;
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const full = join(dir, n);
    return statSync(full).isDirectory()
      ? files(full)
      : full.endsWith('.ts') && !full.endsWith('.test.ts')
        ? [full]
        : [];
  });

/**
 * The one-pipeline rule, checked on the source: only the dispatcher writes audit rows, and no
 * handler looks at the caller's roles (permission and redaction are the policy's job).
 */
describe('core architecture', () => {
  const sources = files(CORE).map((f) => ({ path: relative(CORE, f), text: readFileSync(f, 'utf8') }));

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
