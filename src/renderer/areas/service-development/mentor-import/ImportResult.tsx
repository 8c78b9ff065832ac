import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { RouterLink } from '../../../app/RouterLink';
import { MENTORS_LIST_PATH } from './mentor-import-paths';

interface Props {
  imported: number;
  skipped: number;
  onAnother(): void;
}

const count = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** The end: how many were added and skipped, and where to find them. */
export function ImportResult({ imported, skipped, onAnother }: Props) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <Stack gap="md" maw={640}>
      <Alert
        ref={box}
        tabIndex={-1}
        color="teal"
        variant="light"
        icon={<IconCircleCheck aria-hidden />}
        title="Import finished"
        role="status"
        data-testid="import-result"
      >
        <Text size="sm">
          {count(imported, 'mentor was', 'mentors were')} added at the enquiry stage.
          {skipped > 0 && ` ${count(skipped, 'row was', 'rows were')} left out.`}
        </Text>
      </Alert>
      <Group>
        <Button component={RouterLink} to={MENTORS_LIST_PATH}>
          Go to the mentors list
        </Button>
        <Button variant="default" onClick={onAnother}>
          Import another file
        </Button>
      </Group>
    </Stack>
  );
}
