import type { Core } from '../../src/main/core';
import type { DemoContext } from './demo-context';

/** Demo complaints at every stage. Placeholder: its helper fills it in. */
export async function buildDemoComplaints(_core: Core, _ctx: DemoContext): Promise<void> {}
