import { Button, Center, Loader, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { AppLayout } from '../app/AppLayout';
import { useRoute } from '../app/router';
import { AuthLayout } from '../components/AuthLayout';
import { RESTORE_ROUTE } from '../areas/management/backups/RestoreOffer';
import { RestoreBackupScreen } from '../areas/management/backups/RestoreBackupScreen';
import { clearRestoreNotice } from '../areas/management/backups/restore-notice';
import { IdleLock } from './idle/IdleLock';
import { ForcedChangeScreen } from './screens/ForcedChangeScreen';
import { RecoverScreen } from './screens/RecoverScreen';
import { RecoveryKeyScreen } from './screens/RecoveryKeyScreen';
import { SetupScreen } from './screens/SetupScreen';
import { UnlockScreen } from './screens/UnlockScreen';
import { useSession } from './session-context';

/** Chooses what to show from the vault state: set-up, sign-in, recovery, forced change, or the app. */
export function SessionGate() {
  const { state, refresh } = useSession();
  const route = useRoute();
  // "Backup restored" is for the sign-in that follows a restore (or a recovery), not later locks.
  useEffect(() => {
    if (state.kind === 'unlocked') clearRestoreNotice();
  }, [state.kind]);
  switch (state.kind) {
    case 'loading':
      return (
        <Center h="100vh">
          <Loader aria-label="Opening Waymark" />
        </Center>
      );
    case 'unavailable':
      return (
        <AuthLayout title="Waymark cannot start">
          <Stack>
            <Text role="alert">{state.message}</Text>
            <Button onClick={() => void refresh()}>Try again</Button>
          </Stack>
        </AuthLayout>
      );
    case 'uninitialised':
      return <SetupScreen />;
    case 'locked':
      if (route === RESTORE_ROUTE) return <RestoreBackupScreen organisationName={state.organisationName} />;
      return route === '/recover' ? (
        <RecoverScreen organisationName={state.organisationName} />
      ) : (
        <UnlockScreen
          key={state.notice ?? 'locked'}
          organisationName={state.organisationName}
          retryAfterSeconds={state.retryAfterSeconds}
          notice={state.notice}
        />
      );
    case 'unlocked':
      // A just-issued recovery key stays on screen, across reloads, until someone confirms storing it.
      if (state.session.recoveryKeyNotice?.recoveryKey)
        return (
          <>
            <RecoveryKeyScreen
              recoveryKey={state.session.recoveryKeyNotice.recoveryKey}
              organisationName={state.organisationName}
            />
            <IdleLock minutes={state.idleLockMinutes} />
          </>
        );
      if (state.session.mustChangePassphrase)
        return (
          <>
            <ForcedChangeScreen session={state.session} organisationName={state.organisationName} />
            <IdleLock minutes={state.idleLockMinutes} />
          </>
        );
      return <AppLayout />;
  }
}
