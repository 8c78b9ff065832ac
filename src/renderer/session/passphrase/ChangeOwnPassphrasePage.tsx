import { Paper, Text } from '@mantine/core';
import { navigate } from '../../app/router';
import { Page } from '../../components/Page';
import { useSession, useSignedIn } from '../session-context';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { notifySaved } from '../../components/notify';

/** Change your own passphrase at any time (from the account menu in the header). */
export function ChangeOwnPassphrasePage() {
  const { refresh } = useSession();
  const { session, organisationName } = useSignedIn();
  return (
    <Page
      title="Change your passphrase"
      description="Only the key slot for your account changes; the records are not rewritten."
    >
      <Paper withBorder p="lg" maw={560}>
        <ChangePassphraseForm
          session={session}
          organisationName={organisationName}
          currentLabel="Current passphrase"
          guard
          onChanged={async () => {
            notifySaved('Passphrase changed', 'Use your new passphrase next time you sign in.');
            await refresh();
            await navigate('/', { force: true });
          }}
        />
        <Text size="xs" c="dimmed" mt="md">
          Nobody else, including administrators, can see your passphrase.
        </Text>
      </Paper>
    </Page>
  );
}
