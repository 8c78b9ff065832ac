import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { contract, type JobInfo } from '../../../../shared/contract';
import { DOCUMENT_JOB_KINDS } from '../../../../shared/contract/documents';
import { api } from '../../../api/bridge';
import { run } from '../../../api/call';
import { useChannelMutation } from '../../../api/channels';
import { furtherAlong } from '../../../components/jobs/job-state';

type RenderChannel =
  typeof contract.documents.renderAgreement | typeof contract.documents.renderEndingLetters;
const DOCUMENT_KINDS: readonly string[] = Object.values(DOCUMENT_JOB_KINDS).map((k) => k.kind);

/**
 * Start a render for a match and follow its job through the core's events. The jobs kit's
 * `useJob` starts jobs through `jobs.start`; these are started through their own scoped channel,
 * so this follows the job by the id that channel answers. When any document job finishes, the
 * match's document list is fetched again.
 */
export function useRenderJob(channel: RenderChannel) {
  const client = useQueryClient();
  const [known, setKnown] = useState<ReadonlyMap<string, JobInfo>>(new Map());
  const [currentId, setCurrentId] = useState<string | null>(null);

  useEffect(
    () =>
      api().events.onEvent((event) => {
        const info = event.payload;
        if (!DOCUMENT_KINDS.includes(info.kind)) return;
        // Kept by id even before the start call answers: the first events can arrive first.
        setKnown((before) => new Map(before).set(info.jobId, furtherAlong(before.get(info.jobId), info)));
        if (event.event === 'job.finished')
          void client.invalidateQueries({ queryKey: [contract.documents.list.name] });
      }),
    [client],
  );

  const start = useChannelMutation(channel, { onSuccess: ({ jobId }) => setCurrentId(jobId) });
  const cancel = useCallback(async () => {
    if (currentId) await run(api().jobs.cancel({ jobId: currentId })).catch(() => undefined);
  }, [currentId]);

  const job: JobInfo | null = currentId
    ? (known.get(currentId) ?? {
        jobId: currentId,
        kind: '',
        label: '',
        state: 'running',
        done: 0,
        total: 0,
        note: null,
        startedAt: new Date().toISOString(),
        finishedAt: null,
      })
    : null;
  return { start, job, cancel };
}
