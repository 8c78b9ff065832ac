import { Alert, Button, Loader, Paper, Stack, Title } from '@mantine/core';
import { IconDatabaseExport } from '@tabler/icons-react';
import { errorMessage } from '../../../api/api-error';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import { useSession } from '../../../session/session-context';
import { BackupsTable } from './BackupsTable';
import { IntegrityStatus } from './IntegrityStatus';
import { KeepBackupsForm } from './KeepBackupsForm';
import { RestoreBackupModal } from './RestoreBackupModal';
import { useBackUpNow } from './back-up-now';
import { useRestoreChoice } from './use-restore-choice';

/** Management → Backups (administrators): the encrypted copies, "Back up now", how many to keep, restore. */
export function BackupsPage() {
  const { refresh } = useSession();
  const { backups, start, running, problem } = useBackUpNow();
  const restore = useRestoreChoice();
  const list = backups.data;

  return (
    <Page
      title="Backups"
      description="Waymark keeps encrypted copies of its data in the backups folder inside its data folder, and checks each one as it is written. It backs up by itself every day and when it closes."
      actions={
        <Button
          leftSection={
            running ? (
              <Loader size={16} color="currentColor" aria-hidden />
            ) : (
              <IconDatabaseExport size={18} aria-hidden />
            )
          }
          onClick={() => void start()}
          disabled={running}
          aria-describedby="backup-progress"
        >
          {running ? 'Backing up…' : 'Back up now'}
        </Button>
      }
    >
      <span id="backup-progress" className="visually-hidden" role="status">
        {running ? 'Backing up. This can take a minute; you can carry on working.' : ''}
      </span>
      <FormAlert title="Not backed up">{problem}</FormAlert>
      <Paper withBorder p="lg">
        <IntegrityStatus list={list} />
      </Paper>
      <Paper withBorder p="lg">
        <Stack gap="sm">
          <Title order={2} fz="h3">
            Backups in the data folder
          </Title>
          {backups.isPending && <Loader aria-label="Loading backups" />}
          {backups.isError && (
            <Alert color="red" role="alert">
              {errorMessage(backups.error)}
            </Alert>
          )}
          {list && <BackupsTable backups={list.backups} onRestore={restore.choose} />}
        </Stack>
      </Paper>
      {list?.keep != null && (
        <Paper withBorder p="lg">
          <KeepBackupsForm current={list.keep} />
        </Paper>
      )}
      {restore.chosen && (
        <RestoreBackupModal
          backup={restore.chosen}
          onClose={restore.close}
          onRestored={() => {
            restore.forget();
            // The core locked before restoring; make sure the screen shows it even if its event was missed.
            void refresh();
          }}
        />
      )}
    </Page>
  );
}
