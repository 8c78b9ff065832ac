import { setTimeout as sleep } from 'node:timers/promises';
import { JOB_KINDS } from '../../../shared/contract/jobs';
import { accountTable } from '../accounts/accounts.tables';
import { defineJob } from './job.types';

/**
 * `demo.slow`: proves the lane and nothing else (it will give way to PDF, import and backup jobs).
 * Each step waits outside any transaction, then runs one short transaction reading something
 * cheap (how many accounts exist), so calls and lock slip in between steps.
 */
export const demoSlowJob = defineJob(JOB_KINDS['demo.slow'], async (ctx, input) => {
  let counted = 0;
  ctx.progress(0, input.steps, 'Starting');
  for (let step = 1; step <= input.steps; step++) {
    await sleep(input.stepMs, undefined, { signal: ctx.signal });
    counted = await ctx.transaction((em) => em.getRepository(accountTable.entity).count());
    ctx.progress(step, input.steps, `Step ${step} of ${input.steps}`);
  }
  return { steps: input.steps, accounts: counted };
});
