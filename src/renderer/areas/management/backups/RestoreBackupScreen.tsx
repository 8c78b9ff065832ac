import { Alert, Anchor, Loader, Stack, Text } from '@mantine/core';
import { errorMessage } from '../../../api/api-error';
import { RouterLink } from '../../../app/RouterLink';
import { navigate } from '../../../app/router';
import { AuthLayout } from '../../../components/AuthLayout';
import { useSession } from '../../../session/session-context';
import { BackupsTable } from './BackupsTable';
import { RestoreBackupModal } from './RestoreBackupModal';
import { useBackups } from './backups.queries';
import { useRestoreChoice } from './use-restore-choice';

/**
 * Restore while locked, for when the database will not open: the list (dates and sizes only,
 * nothing personal) and the same restore modal as Management → Backups.
 */
export function RestoreBackupScreen({ organisationName }: { organisationName: string | null }) {
  const session = useSession();
  const backups = useBackups();
  const restore = useRestoreChoice();
  return (
    <AuthLayout title="Restore a backup" organisationName={organisationName} width={720}>
      <Stack>
        <Text size="sm">
          For an administrator, when Waymark’s data will not open. Choose a backup, normally the newest
          verified one. You will need your username and the passphrase (or recovery key) you had when it was
          taken.
        </Text>
        {backups.isPending && <Loader aria-label="Loading backups" />}
        {backups.isError && (
          <Alert color="red" role="alert">
            {errorMessage(backups.error)}
          </Alert>
        )}
        {backups.data && <BackupsTable backups={backups.data.backups} onRestore={restore.choose} />}
        <Anchor component={RouterLink} to="/" size="sm" ta="center">
          Back to sign in
        </Anchor>
      </Stack>
      {restore.chosen && (
        <RestoreBackupModal
          backup={restore.chosen}
          onClose={restore.close}
          onRestored={() => {
            restore.forget();
            void navigate('/', { force: true }).then(() => session.refresh());
          }}
        />
      )}
    </AuthLayout>
  );
}
