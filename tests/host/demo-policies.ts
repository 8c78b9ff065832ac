import type { Core } from '../../src/main/core';
import type { DemoContext } from './demo-context';

/** Demo the policies register, handbooks and leaflets, insurance. Placeholder: its helper fills it in. */
export async function buildDemoPolicies(_core: Core, _ctx: DemoContext): Promise<void> {}
