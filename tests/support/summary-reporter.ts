import type { Reporter, TestModule } from 'vitest/node';

/** What the summary needs to know of one test. */
export interface TestOutcome {
  state: 'passed' | 'failed' | 'skipped' | 'pending';
  /** The reason given to `ctx.skip(reason)`, for a skipped test. */
  note?: string | undefined;
}

/**
 * The closing lines: one `skipped: <reason>` line per distinct reason a test gave for skipping
 * (so nobody has to wonder why a test did not run), then `N passed, N failed, N skipped`, which
 * must stay the very last line because CI reads it.
 */
export function summaryLines(outcomes: readonly TestOutcome[], extraFailures = 0): string[] {
  let passed = 0;
  let failed = extraFailures;
  let skipped = 0;
  const reasons = new Map<string, number>();
  for (const { state, note } of outcomes) {
    if (state === 'passed') passed++;
    else if (state === 'failed') failed++;
    else {
      skipped++;
      if (note) reasons.set(note, (reasons.get(note) ?? 0) + 1);
    }
  }
  const reasonLines = [...reasons].map(
    ([note, count]) => `skipped: ${note} (${count} ${count === 1 ? 'test' : 'tests'})`,
  );
  return [...reasonLines, `${passed} passed, ${failed} failed, ${skipped} skipped`];
}

/**
 * Ends every run with the lines above. Vitest prints its own summary in another shape; the last
 * line here is the contract with `.ci/run`.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    const outcomes: TestOutcome[] = [];
    let brokenFiles = 0;
    for (const mod of testModules) {
      for (const test of mod.children.allTests()) {
        const result = test.result();
        outcomes.push({ state: result.state, note: result.state === 'skipped' ? result.note : undefined });
      }
      // A file that failed to load has no tests but must still count as a failure.
      if (mod.state() === 'failed' && [...mod.children.allTests()].length === 0) brokenFiles++;
    }
    const lines = summaryLines(outcomes, brokenFiles + unhandledErrors.length);
    process.stdout.write(`\n${lines.join('\n')}\n`);
  }
}
