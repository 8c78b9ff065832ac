import type { Core } from '../../src/main/core';
import type { DemoContext } from './demo-context';

/** Demo feedback, “you said, we did” and service-user involvement. Placeholder: its helper fills it in. */
export async function buildDemoFeedback(_core: Core, _ctx: DemoContext): Promise<void> {}
