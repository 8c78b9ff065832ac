import type { Core } from '../../src/main/core';
import type { DemoContext } from './demo-context';

/** Demo lead mentors’ support groups. Placeholder: its helper fills it in. */
export async function buildDemoSupportGroups(_core: Core, _ctx: DemoContext): Promise<void> {}
