import { Button, Group, Progress, Stack, Text, VisuallyHidden } from '@mantine/core';
import type { JobInfo } from '../../../shared/contract';
import { announcement, percent, stateText } from './job-state';

interface JobProgressProps {
  job: JobInfo;
  /** Label used until the first event names the job. */
  fallbackLabel: string;
  onCancel(): void;
}

const COLORS = { running: 'blue', done: 'teal', cancelled: 'gray', failed: 'red' } as const;

/**
 * A job's progress bar: label, step, percentage and Cancel while it runs. A polite live region
 * announces the start, each quarter and the end (not every step).
 */
export function JobProgress({ job, fallbackLabel, onCancel }: JobProgressProps) {
  const label = job.label || fallbackLabel;
  const pct = percent(job);
  return (
    <Stack gap={6} data-testid="job-progress" data-state={job.state}>
      <Group justify="space-between" wrap="nowrap">
        <Text fw={600}>{label}</Text>
        <Text size="sm" c="dimmed">
          {stateText(job)} · {pct}%
        </Text>
      </Group>
      <Group wrap="nowrap" align="center">
        <Progress
          value={pct}
          color={COLORS[job.state]}
          size="lg"
          radius="sm"
          aria-label={`${label}: ${pct}%`}
          style={{ flex: 1 }}
          transitionDuration={150}
        />
        {job.state === 'running' && (
          <Button variant="default" size="xs" onClick={onCancel}>
            Cancel
          </Button>
        )}
      </Group>
      <VisuallyHidden role="status" aria-live="polite">
        {announcement({ ...job, label })}
      </VisuallyHidden>
    </Stack>
  );
}
