import { contract } from '../../../shared/contract';
import { CoreError } from '../../../shared/errors';
import { defineHandlers } from '../ipc/handler.types';
import { validationError } from '../ipc/validation';
import { laneFor, newJobId, type JobLane } from './job-lane';

const lane = (vault: Parameters<typeof laneFor>[0]): JobLane => {
  const found = laneFor(vault);
  if (!found) throw new CoreError('INTERNAL', 'The job lane is not running.');
  return found;
};

interface Prepared {
  jobId: string;
}

export const jobsHandlers = defineHandlers(contract.jobs, {
  start: {
    // The kind's own access rule, checked by the dispatcher on top of the channel's.
    access: (input, { vault }) => laneFor(vault)?.accessOf(input.kind) ?? 'signed-in',
    prepare({ vault }, input): Prepared {
      const impl = lane(vault).kind(input.kind);
      if (!impl) {
        throw new CoreError('VALIDATION', 'One answer needs correcting.', {
          fieldErrors: { kind: 'Choose a job Waymark knows.' },
        });
      }
      const parsed = impl.def.input.safeParse(input.input ?? {});
      if (!parsed.success) {
        const error = validationError(parsed.error);
        const fieldErrors = Object.fromEntries(
          Object.entries(error.fieldErrors ?? {}).map(([k, v]) => [`input.${k}`, v]),
        );
        throw new CoreError('VALIDATION', error.message, { fieldErrors });
      }
      const jobId = newJobId();
      lane(vault).reserve(jobId, impl, parsed.data);
      return { jobId };
    },
    run: async (_ctx, _input, prepared: Prepared) => ({ jobId: prepared.jobId }),
    // Started once the audit row is committed; its transactions queue behind this call.
    after: async ({ vault, caller }, output) => {
      if (caller) lane(vault).begin(output.jobId, caller.accountId);
    },
    // The transaction failed: the reserved job never starts.
    abort: async ({ vault }, prepared) => lane(vault).release(prepared.jobId),
    audit: (input, output, prepared) => ({
      recordType: 'job',
      recordId: output?.jobId ?? prepared?.jobId ?? null,
      detail: input.kind,
    }),
  },

  cancel: {
    async run({ vault, caller }, input) {
      // Someone else's job answers as if it did not exist: ids are not to be probed.
      const cancelled = lane(vault).cancel(input.jobId, caller!.accountId);
      if (cancelled === null) throw new CoreError('NOT_FOUND', 'That job is not running.');
      return { cancelled };
    },
    audit: (input) => ({ recordType: 'job', recordId: input.jobId }),
  },

  list: {
    run: async ({ vault, caller }) => ({ jobs: lane(vault).list(caller!.accountId) }),
  },
});
