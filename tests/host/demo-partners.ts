import type { Core } from '../../src/main/core';
import type { DemoContext } from './demo-context';

/** Demo partner agencies, protocols and liaison. Placeholder: its helper fills it in. */
export async function buildDemoPartners(_core: Core, _ctx: DemoContext): Promise<void> {}
