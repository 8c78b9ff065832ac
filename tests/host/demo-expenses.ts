import type { Core } from '../../src/main/core';
import type { DemoContext } from './demo-context';

/** Demo expense claims at every stage with receipts. Placeholder: its helper fills it in. */
export async function buildDemoExpenses(_core: Core, _ctx: DemoContext): Promise<void> {}
