import type { Core } from '../../src/main/core';
import type { DemoContext } from './demo-context';

/** Demo safeguarding concerns. Placeholder: its helper fills it in. */
export async function buildDemoSafeguarding(_core: Core, _ctx: DemoContext): Promise<void> {}
