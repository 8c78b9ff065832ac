import { Button, Text } from '@mantine/core';
import type { SessionInfo } from '../../../shared/contract';
import { AuthLayout } from '../../components/AuthLayout';
import { ChangePassphraseForm } from '../passphrase/ChangePassphraseForm';
import { useSession } from '../session-context';

/** After signing in with a temporary passphrase: nothing else works until a new one is chosen. */
export function ForcedChangeScreen({
  session,
  organisationName,
}: {
  session: SessionInfo;
  organisationName: string | null;
}) {
  const { signedIn, lock } = useSession();
  return (
    <AuthLayout title="Choose a new passphrase" organisationName={organisationName} width={520}>
      <Text size="sm" mb="md">
        Welcome, {session.displayName}. You signed in with a temporary passphrase from your administrator.
        Choose your own passphrase now; only you will know it.
      </Text>
      <ChangePassphraseForm
        session={session}
        organisationName={organisationName}
        currentLabel="Temporary passphrase"
        onChanged={signedIn}
        extraActions={
          <Button variant="subtle" onClick={() => void lock('user')}>
            Lock instead
          </Button>
        }
      />
    </AuthLayout>
  );
}
