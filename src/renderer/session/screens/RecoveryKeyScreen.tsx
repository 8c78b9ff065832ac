import { Alert, Button, Checkbox, Stack } from '@mantine/core';
import { useState } from 'react';
import { AuthLayout } from '../../components/AuthLayout';
import { RecoveryKeyDetails } from '../../components/RecoveryKeyDetails';
import { useSession } from '../session-context';

/** Shown once, straight after set-up: the recovery key, printable, with a required acknowledgement. */
export function RecoveryKeyScreen({
  recoveryKey,
  organisationName,
}: {
  recoveryKey: string;
  organisationName: string | null;
}) {
  const { acknowledgeRecoveryKey } = useSession();
  const [stored, setStored] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const carryOn = () => {
    if (!stored) {
      setError('Tick the box to confirm you have stored the recovery key safely.');
      return;
    }
    acknowledgeRecoveryKey();
  };

  return (
    <AuthLayout title="Your recovery key" organisationName={organisationName} width={620}>
      <Stack>
        <Alert color="yellow" variant="light" title="You will see this key only once">
          If every administrator forgets their passphrase, this key is the only way back into the records.
          Nobody, including the makers of Waymark, can recover them without it.
        </Alert>
        <RecoveryKeyDetails recoveryKey={recoveryKey} organisationName={organisationName} />
        <Checkbox
          label="I have stored the recovery key safely"
          checked={stored}
          onChange={(event) => {
            setStored(event.currentTarget.checked);
            setError(null);
          }}
          error={error}
        />
        <Button onClick={carryOn}>Continue to Waymark</Button>
      </Stack>
    </AuthLayout>
  );
}
