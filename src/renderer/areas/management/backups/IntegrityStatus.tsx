import { Alert, Group, Loader, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import type { BackupList } from '../../../../shared/contract';
import { useIntegrity } from './backups.queries';

/**
 * The background check of the live database (run after each sign-in) and the last backup's
 * outcome, in a line each. Damage gets an alert, since the answer is to restore a backup.
 */
export function IntegrityStatus({ list }: { list: BackupList | undefined }) {
  const integrity = useIntegrity();
  return (
    <div role="status" aria-live="polite">
      {integrity.data === 'damaged' ? (
        <Alert
          color="red"
          variant="light"
          title="Last check: the database is damaged"
          icon={<IconAlertTriangle aria-hidden />}
        >
          Some of Waymark’s data cannot be read safely. Restore the newest verified backup below, and tell IT.
        </Alert>
      ) : (
        <Group gap="xs" wrap="nowrap">
          {integrity.data === 'checking' || integrity.isPending ? (
            <Loader size="xs" aria-hidden />
          ) : integrity.data === 'ok' ? (
            <IconCircleCheck size={20} color="var(--mantine-color-teal-7)" aria-hidden />
          ) : null}
          <Text size="sm">
            {integrity.data === 'checking' || integrity.isPending
              ? 'Checking the database in the background…'
              : integrity.data === 'ok'
                ? 'Last check: the database is healthy.'
                : 'The database has not been checked since Waymark started.'}
          </Text>
        </Group>
      )}
      {list?.lastResult === 'failed' && list.activity === 'idle' && (
        <Alert
          mt="sm"
          color="orange"
          variant="light"
          title="The last backup failed"
          icon={<IconAlertTriangle aria-hidden />}
        >
          Check there is space on the disk and try “Back up now”. If it keeps failing, tell IT.
        </Alert>
      )}
    </div>
  );
}
