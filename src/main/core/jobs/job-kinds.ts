import type { JobImpl } from './job.types';
import { demoSlowJob } from './demo-slow.job';
import { readMentorSheetJob } from '../mentor-import/read-sheet.job';

/** Every job kind the core runs, by kind. A test proves this matches the contract's JOB_KINDS. */
export const ALL_JOB_KINDS: ReadonlyMap<string, JobImpl> = new Map(
  [demoSlowJob, readMentorSheetJob].map((impl) => [impl.def.kind, impl]),
);
