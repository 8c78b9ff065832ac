import { Button, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconArchive, IconArchiveOff } from '@tabler/icons-react';
import { contract } from '../../../../shared/contract';
import type { Establishment } from '../../../../shared/contract/establishments';
import { errorMessage } from '../../../api/api-error';
import { useChannelMutation } from '../../../api/channels';
import { notifySaved } from '../../../components/notify';
import { notifications } from '@mantine/notifications';

/**
 * Archive (or bring back) an establishment after a plain question. Archived places stay on old
 * records but are left out of lists unless asked for. Focus returns to this button afterwards.
 */
export function ArchiveEstablishmentButton({ establishment: e }: { establishment: Establishment }) {
  const setArchived = useChannelMutation(contract.establishments.setArchived);
  const archiving = !e.archived;
  const ask = () =>
    modals.openConfirmModal({
      title: archiving ? `Archive ${e.name}?` : `Bring back ${e.name}?`,
      children: (
        <Text size="sm">
          {archiving
            ? 'It stays on the records that mention it, but is no longer offered in lists. You can bring it back at any time.'
            : 'It will be offered in lists again.'}
        </Text>
      ),
      labels: { confirm: archiving ? 'Archive' : 'Bring back', cancel: 'Cancel' },
      confirmProps: archiving ? { color: 'red' } : {},
      cancelProps: { 'data-autofocus': true },
      onConfirm: () =>
        setArchived.mutate(
          { id: e.id, archived: archiving },
          {
            onSuccess: (saved) =>
              notifySaved(
                saved.archived ? 'Establishment archived' : 'Establishment brought back',
                saved.archived ? `${saved.name} is archived.` : `${saved.name} is in use again.`,
              ),
            onError: (error) =>
              notifications.show({ color: 'red', title: 'Not changed', message: errorMessage(error) }),
          },
        ),
    });
  return (
    <Button
      variant="default"
      onClick={ask}
      loading={setArchived.isPending}
      leftSection={
        archiving ? <IconArchive size={16} aria-hidden /> : <IconArchiveOff size={16} aria-hidden />
      }
    >
      {archiving ? 'Archive' : 'Bring back'}
    </Button>
  );
}
