import { Button, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { AccountSummary } from '../../../../shared/contract';
import { api } from '../../../api/bridge';
import { errorMessage } from '../../../api/api-error';
import { FormAlert } from '../../../components/FormAlert';
import { useAccountChange } from './accounts.queries';
import { notifySaved } from '../../../components/notify';
import { ModalFooter } from '../../../components/ModalFooter';

/** Stop an account signing in. */
export function DisableAccountModal({ account, onClose }: { account: AccountSummary; onClose(): void }) {
  const [problem, setProblem] = useState<string | null>(null);
  const disable = useAccountChange((input: { id: string }) => api().accounts.disable(input));
  const confirm = async () => {
    try {
      await disable.mutateAsync({ id: account.id });
      notifySaved('Account disabled', `${account.displayName} can no longer sign in.`);
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
        <ModalFooter>
          <Button variant="default" onClick={onClose} data-autofocus>
            Cancel
          </Button>
          <Button color="red" onClick={() => void confirm()} loading={disable.isPending}>
            Disable account
          </Button>
        </ModalFooter>
      </Stack>
    </Modal>
  );
}
