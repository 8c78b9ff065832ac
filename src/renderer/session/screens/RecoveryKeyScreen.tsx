import { Alert, Button, Checkbox, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { AuthLayout } from '../../components/AuthLayout';
import { RecoveryKeyDetails } from '../../components/RecoveryKeyDetails';
import { errorMessage } from '../../api/api-error';
import { FormAlert } from '../../components/FormAlert';
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
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const carryOn = async () => {
    if (!stored) {
      setError('Tick the box to confirm you have stored the recovery key safely.');
      return;
    }
    setPending(true);
    try {
      await acknowledgeRecoveryKey();
    } catch (e) {
      setProblem(errorMessage(e));
      setPending(false);
    }
  };

  return (
    <AuthLayout title="Your recovery key" organisationName={organisationName} width={620}>
      <Stack>
        <FormAlert>{problem}</FormAlert>
        <Alert color="yellow" variant="light" title="Store this key before you carry on">
          If every administrator forgets their passphrase, this key is the only way back into the records.
          Nobody, including the makers of Waymark, can recover them without it. It stays on this screen until
          you confirm you have stored it, but it is never saved on this computer: if Waymark locks or closes
          first, it is gone and you will need to issue a new one.
        </Alert>
        <RecoveryKeyDetails recoveryKey={recoveryKey} organisationName={organisationName} />
        {/* Side by side, so the button is on screen at 1366×768 without scrolling. */}
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Checkbox
            mt={8}
            label="I have stored the recovery key safely"
            checked={stored}
            onChange={(event) => {
              setStored(event.currentTarget.checked);
              setError(null);
            }}
            error={error}
          />
          <Button onClick={() => void carryOn()} loading={pending}>
            Continue to Waymark
          </Button>
        </Group>
      </Stack>
    </AuthLayout>
  );
}
