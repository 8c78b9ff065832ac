// Statistics and plain-text (Markdown-compatible) tables for the bench output.

export function median(xs: number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export function geomean(xs: number[]): number {
  return Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length);
}

/** Min, median and max of a set of samples: the bench never reports a single figure alone. */
export interface Spread {
  min: number;
  median: number;
  max: number;
  n: number;
}

export function spread(xs: number[]): Spread {
  return { min: Math.min(...xs), median: median(xs), max: Math.max(...xs), n: xs.length };
}

/**
 * Ratios taken per round from the side-by-side pair (a[i] / b[i]), never median(a) / median(b):
 * the two figures of a pair ran seconds apart under the same machine conditions.
 */
export function pairRatios(a: number[], b: number[]): number[] {
  if (a.length !== b.length) throw new Error(`unpaired samples: ${a.length} vs ${b.length}`);
  return a.map((x, i) => x / (b[i] as number));
}

/** Per-round differences a[i] − b[i] (the overhead one path adds over the other). */
export function pairDifferences(a: number[], b: number[]): number[] {
  if (a.length !== b.length) throw new Error(`unpaired samples: ${a.length} vs ${b.length}`);
  return a.map((x, i) => x - (b[i] as number));
}

export function fmtMs(x: number): string {
  if (!Number.isFinite(x)) return '—';
  if (Math.abs(x) >= 100) return `${x.toFixed(0)} ms`;
  if (Math.abs(x) >= 10) return `${x.toFixed(1)} ms`;
  return `${x.toFixed(2)} ms`;
}

/** Microseconds, for per-call figures given in milliseconds. */
export function fmtUs(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  const us = ms * 1000;
  return Math.abs(us) >= 100 ? `${us.toFixed(0)} µs` : `${us.toFixed(1)} µs`;
}

export function fmtRatio(x: number): string {
  return Number.isFinite(x) ? `${x.toFixed(2)}×` : '—';
}

export function fmtMiB(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/** The three cells min | median | max, each formatted with `fmt`. */
export function spreadCells(s: Spread, fmt: (x: number) => string): string[] {
  return [fmt(s.min), fmt(s.median), fmt(s.max)];
}

/** A Markdown table, padded so it also reads well in a terminal. First column left, others right. */
export function table(header: string[], rows: string[][], leftColumns = 1): string {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => (r[c] ?? '').length)));
  const left = (c: number): boolean => c < leftColumns;
  const line = (r: string[]): string =>
    `| ${r.map((cell, c) => (left(c) ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((w, c) => (left(c) ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

export function elapsedMs(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}
