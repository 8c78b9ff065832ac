import { Alert, Button, Group, Text } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useState } from 'react';
import { errorMessage } from '../api/api-error';
import { navigate } from '../app/router';
import { useSession, useSignedIn } from './session-context';

export const SETTINGS_PATH = '/management/settings';

/**
 * For administrators, when the recovery key needs attention and can no longer be shown: it was
 * issued but nobody confirmed storing it before Waymark locked or closed, or someone has just
 * signed in with it (so it may have been seen). Either way, the safe answer is a new key.
 */
export function RecoveryKeyNoticeBanner() {
  const { acknowledgeRecoveryKey } = useSession();
  const { session } = useSignedIn();
  const [problem, setProblem] = useState<string | null>(null);
  const notice = session.recoveryKeyNotice;
  if (!notice || notice.recoveryKey) return null;
  const used = notice.reason === 'used';

  const dismiss = async () => {
    try {
      await acknowledgeRecoveryKey();
    } catch (e) {
      setProblem(errorMessage(e));
    }
  };

  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconKey aria-hidden />}
      title={used ? 'Issue a new recovery key' : 'The recovery key was never confirmed as stored'}
      role="region"
      aria-label="Recovery key"
      mb="lg"
      data-testid="recovery-key-notice"
    >
      <Text size="sm">
        {used
          ? 'Someone signed in with the recovery key. Anyone who saw it could do the same, so replace it with a new one and store that safely.'
          : 'A recovery key was issued, but Waymark locked or closed before anyone confirmed storing it. It is never saved on this computer, so it cannot be shown again. If you are not sure it was stored, issue a new one.'}
      </Text>
      {problem && (
        <Text size="sm" c="red" role="alert" mt="xs">
          {problem}
        </Text>
      )}
      <Group mt="sm" gap="sm">
        <Button size="xs" onClick={() => void navigate(SETTINGS_PATH)}>
          Go to the recovery key settings
        </Button>
        <Button size="xs" variant="default" onClick={() => void dismiss()}>
          {used ? 'Keep the current key' : 'It was stored safely'}
        </Button>
      </Group>
    </Alert>
  );
}
