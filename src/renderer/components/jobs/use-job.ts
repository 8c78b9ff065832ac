import { useCallback, useEffect, useState } from 'react';
import type { JobInfo } from '../../../shared/contract';
import type { JobInputOf, JobKindName } from '../../../shared/contract/jobs';
import { errorMessage } from '../../api/api-error';
import { api } from '../../api/bridge';
import { run } from '../../api/call';
import { furtherAlong } from './job-state';

export interface UseJob {
  /** The job this screen follows (the newest of this kind), or null before any. */
  job: JobInfo | null;
  start(input: JobInputOf<JobKindName>): Promise<void>;
  cancel(): Promise<void>;
  busy: boolean;
  problem: string | null;
}

/**
 * Follow a job of one kind: start it, hear its progress through `window.api.events.onEvent`, and
 * cancel it. On mount it asks `jobs.list`, so a screen opened again (or a reloaded window, or a
 * sign-in after a lock) shows how the newest one stands.
 */
export function useJob<K extends JobKindName>(kind: K): UseJob {
  const [known, setKnown] = useState<ReadonlyMap<string, JobInfo>>(new Map());
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const learn = useCallback(
    (jobs: readonly JobInfo[]) =>
      setKnown((before) => {
        const next = new Map(before);
        for (const j of jobs) if (j.kind === kind) next.set(j.jobId, furtherAlong(next.get(j.jobId), j));
        return next;
      }),
    [kind],
  );

  useEffect(() => {
    // Events may arrive before jobs.start answers: they are kept by id until then.
    const off = api().events.onEvent((event) => learn([event.payload]));
    let live = true;
    run(api().jobs.list({}))
      .then(({ jobs }) => {
        if (!live) return;
        learn(jobs);
        const newest = jobs.find((j) => j.kind === kind);
        if (newest) setCurrentId((id) => id ?? newest.jobId);
      })
      .catch(() => undefined);
    return () => {
      live = false;
      off();
    };
  }, [kind, learn]);

  const start = useCallback(
    async (input: JobInputOf<JobKindName>) => {
      setBusy(true);
      setProblem(null);
      try {
        const { jobId } = await run(api().jobs.start({ kind, input }));
        setCurrentId(jobId);
      } catch (e) {
        setProblem(errorMessage(e));
      } finally {
        setBusy(false);
      }
    },
    [kind],
  );

  const cancel = useCallback(async () => {
    if (!currentId) return;
    setProblem(null);
    try {
      await run(api().jobs.cancel({ jobId: currentId }));
    } catch (e) {
      setProblem(errorMessage(e));
    }
  }, [currentId]);

  const job = currentId ? (known.get(currentId) ?? starting(currentId, kind)) : null;
  return { job, start, cancel, busy, problem };
}

/** Shown between jobs.start's answer and the first event. */
function starting(jobId: string, kind: string): JobInfo {
  return {
    jobId,
    kind,
    label: '',
    state: 'running',
    done: 0,
    total: 0,
    note: null,
    startedAt: new Date().toISOString(),
    finishedAt: null,
  };
}
