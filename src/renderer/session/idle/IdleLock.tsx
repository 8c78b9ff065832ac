import { Button, Group, Modal, Text } from '@mantine/core';
import { describeSeconds } from '../../components/dates';
import { useSession } from '../session-context';
import { useIdleLock } from './useIdleLock';
import { api } from '../../api/bridge';

/** Tell the core someone is here; if the answer is LOCKED the session notices on its next call. */
const reportActivity = () =>
  void api()
    .vault.activity({})
    .catch(() => undefined);

/**
 * Watches for inactivity while unlocked and warns before locking. Renders nothing until the warning;
 * Escape or the button keeps the session.
 */
export function IdleLock({ minutes }: { minutes: number }) {
  const { lock } = useSession();
  const { secondsLeft, stay } = useIdleLock(minutes, () => void lock('idle'), reportActivity);
  return (
    <Modal
      opened={secondsLeft !== null}
      onClose={stay}
      title="Waymark is about to lock"
      centered
      withCloseButton={false}
    >
      <Text size="sm">Nobody has used Waymark for a while, so it will lock to protect the records.</Text>
      <Text size="lg" fw={700} mt="sm" role="timer" data-testid="idle-countdown">
        Locking in {describeSeconds(secondsLeft ?? 0)}
      </Text>
      <Text size="sm" mt="xs" c="dimmed">
        Anything you have not saved will be lost when it locks.
      </Text>
      <Group justify="flex-end" mt="lg">
        <Button onClick={stay} data-autofocus>
          Stay signed in
        </Button>
      </Group>
    </Modal>
  );
}
