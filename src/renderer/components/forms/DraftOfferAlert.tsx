import { Alert, Button, Group, Text } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { formatDateTime } from '../dates';
import type { DraftControl } from './useDraft';

/** Offers back what was typed in this form before a lock, a crash or a closed window. */
export function DraftOfferAlert({ draft }: { draft: DraftControl }) {
  if (!draft.offer) return null;
  return (
    <Alert
      color="blue"
      variant="light"
      icon={<IconHistory aria-hidden />}
      title="Unsaved work was kept"
      role="status"
    >
      <Text size="sm">
        Waymark kept what you typed in this form on {formatDateTime(draft.offer.savedAt)} but did not save it.
      </Text>
      <Group mt="sm" gap="sm">
        <Button size="xs" onClick={draft.restore}>
          Carry on with it
        </Button>
        <Button size="xs" variant="default" onClick={draft.discard}>
          Throw it away
        </Button>
      </Group>
    </Alert>
  );
}
