import type { Core } from '../../src/main/core';
import type { DemoContext } from './demo-context';

/** Demo budgets for the year, spending and activity funds. Placeholder: its helper fills it in. */
export async function buildDemoBudgets(_core: Core, _ctx: DemoContext): Promise<void> {}
