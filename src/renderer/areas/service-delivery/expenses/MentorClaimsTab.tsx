import { Button, Group, Stack } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { RouterLink } from '../../../app/RouterLink';
import { ClaimList } from './ClaimList';
import { NEW_CLAIM_PATH } from './expense-paths';

/** A mentor's expense claims, newest first, on their page (co-ordinators: the claims' readers). */
export function MentorClaimsTab({ mentorId }: { mentorId: string }) {
  return (
    <Stack gap="sm">
      <Group justify="flex-end">
        <Button
          component={RouterLink}
          to={`${NEW_CLAIM_PATH}?mentor=${mentorId}`}
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
        >
          Enter a claim for this mentor
        </Button>
      </Group>
      <ClaimList
        label="This mentor’s expense claims, newest first"
        filter={{ mentorId }}
        empty="No expense claims from this mentor."
      />
    </Stack>
  );
}
