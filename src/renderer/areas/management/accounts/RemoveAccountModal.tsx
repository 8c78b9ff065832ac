import { Button, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { AccountSummary } from '../../../../shared/contract';
import { api } from '../../../api/bridge';
import { errorMessage } from '../../../api/api-error';
import { FormAlert } from '../../../components/FormAlert';
import { useAccountChange } from './accounts.queries';
import { notifySaved } from '../../../components/notify';
import { ModalFooter } from '../../../components/ModalFooter';

/** Remove an account for good: the administrator types the username to confirm. */
export function RemoveAccountModal({ account, onClose }: { account: AccountSummary; onClose(): void }) {
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const remove = useAccountChange((input: { id: string }) => api().accounts.remove(input));

  const confirm = async (event: React.FormEvent) => {
    event.preventDefault();
    if (typed.trim() !== account.username) {
      setError(`Type ${account.username} exactly to confirm.`);
      return;
    }
    try {
      await remove.mutateAsync({ id: account.id });
      notifySaved('Account removed', `${account.displayName}'s account has been removed.`);
      onClose();
    } catch (e) {
      setProblem(errorMessage(e));
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={`Remove ${account.displayName}?`}
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      <form onSubmit={(e) => void confirm(e)} noValidate>
        <Stack>
          <FormAlert>{problem}</FormAlert>
          <Text size="sm">
            The account and its key are deleted and cannot be brought back. What they did stays in the audit
            log. To stop someone signing in for a while, disable the account instead.
          </Text>
          <TextInput
            label={`Type the username ${account.username} to confirm`}
            value={typed}
            onChange={(e) => {
              setTyped(e.currentTarget.value);
              setError(null);
            }}
            error={error}
            autoComplete="off"
            data-autofocus
          />
          <ModalFooter>
            <Button variant="default" onClick={onClose}>
              Keep the account
            </Button>
            <Button type="submit" color="red" loading={remove.isPending}>
              Remove account
            </Button>
          </ModalFooter>
        </Stack>
      </form>
    </Modal>
  );
}
