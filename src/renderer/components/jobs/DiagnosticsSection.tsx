import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { JobProgress } from './JobProgress';
import { useJob } from './use-job';

/** About ten seconds: long enough to move around the app, or lock it, while it runs. */
const SLOW_JOB = { steps: 60, stepMs: 150 };

/**
 * Settings → Diagnostics (administrators): runs the `demo.slow` job, which does nothing useful.
 * It shows that long work runs in the background — Waymark stays usable, the bar can be cancelled,
 * and locking stops it. It goes once real jobs (PDF bundles, imports, backups) use the lane.
 */
export function DiagnosticsSection() {
  const { job, start, cancel, busy, problem } = useJob('demo.slow');
  const running = job?.state === 'running';
  return (
    <section aria-labelledby="diagnostics-heading">
      <Title order={2} fz="h3" id="diagnostics-heading" mb={4}>
        Diagnostics
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        Check that long work runs in the background. The test job reads nothing personal and changes nothing;
        it takes about ten seconds. You can keep using Waymark while it runs, and locking stops it.
      </Text>
      <Stack gap="md" maw={560}>
        {job && <JobProgress job={job} fallbackLabel="Slow test job" onCancel={() => void cancel()} />}
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        <div>
          <Button variant="default" onClick={() => void start(SLOW_JOB)} loading={busy} disabled={running}>
            Run the slow test job
          </Button>
        </div>
      </Stack>
    </section>
  );
}
