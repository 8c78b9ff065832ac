import type { Core } from '../../src/main/core';
import type { DemoContext } from './demo-context';

/** Demo supervision, group sessions for the year with attendance, telephone support. Placeholder: its helper fills it in. */
export async function buildDemoSupervision(_core: Core, _ctx: DemoContext): Promise<void> {}
