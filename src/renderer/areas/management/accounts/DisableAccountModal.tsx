import { Button, Checkbox, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { AccountSummary } from '../../../../shared/contract';
import { api } from '../../../api/bridge';
import { errorMessage } from '../../../api/api-error';
import { FormAlert } from '../../../components/FormAlert';
import { useAccountChange } from './accounts.queries';
import { notifySaved } from '../../../components/notify';
import { ModalFooter } from '../../../components/ModalFooter';

/**
 * Stop an account signing in. "For cause" also replaces the database key: the person may have kept
 * a copy of the vault file, and with it their old key; after the change it opens nothing current.
 * Everyone else keeps signing in as before (the new key is sealed to their own keys).
 */
export function DisableAccountModal({ account, onClose }: { account: AccountSummary; onClose(): void }) {
  const [problem, setProblem] = useState<string | null>(null);
  const [forCause, setForCause] = useState(false);
  const disable = useAccountChange((input: { id: string; forCause: boolean }) =>
    api().accounts.disable(input),
  );
  const confirm = async () => {
    try {
      await disable.mutateAsync({ id: account.id, forCause });
      notifySaved(
        'Account disabled',
        forCause
          ? `${account.displayName} can no longer sign in, and the database key has been replaced.`
          : `${account.displayName} can no longer sign in.`,
      );
      onClose();
    } catch (e) {
      setProblem(errorMessage(e));
    }
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={`Disable ${account.displayName}?`}
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      <Stack>
        <FormAlert>{problem}</FormAlert>
        <Text size="sm">
          They will not be able to sign in, and their key is destroyed. To let them back in later, reset their
          passphrase.
        </Text>
        <Checkbox
          checked={forCause}
          onChange={(e) => setForCause(e.currentTarget.checked)}
          label="Disabled for cause: also replace the database key"
          description="Choose this if they might have kept a copy of Waymark’s files. Their old key will open nothing saved from now on. It takes a moment on a large database; everyone else signs in as usual."
        />
        <ModalFooter>
          <Button variant="default" onClick={onClose} data-autofocus>
            Cancel
          </Button>
          <Button color="red" onClick={() => void confirm()} loading={disable.isPending}>
            {forCause ? 'Disable and replace the key' : 'Disable account'}
          </Button>
        </ModalFooter>
      </Stack>
    </Modal>
  );
}
