import { Alert, Button, Checkbox, Code, Group, List, Stack, Text } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { AuthLayout } from '../../components/AuthLayout';
import { formatDate } from '../../components/dates';
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
        <div className="print-area">
          <Text className="print-only" fw={700} fz="xl">
            Waymark recovery key{organisationName ? ` for ${organisationName}` : ''}
          </Text>
          <Text className="print-only" size="sm">
            Printed on {formatDate(new Date())}
          </Text>
          <Code
            block
            fz="xl"
            fw={700}
            ta="center"
            py="md"
            data-testid="recovery-key"
            className="recovery-key"
          >
            {recoveryKey}
          </Code>
          <Text size="sm" fw={600} mt="md">
            Keep it safe:
          </Text>
          <List size="sm" spacing={4}>
            <List.Item>Print it, or write it down exactly, dashes included.</List.Item>
            <List.Item>
              Store it somewhere locked, away from this computer, such as the office safe.
            </List.Item>
            <List.Item>Do not save it in a file, an email or a photo.</List.Item>
            <List.Item>To use it, choose “Use the recovery key” on the sign-in screen.</List.Item>
          </List>
        </div>
        <Group>
          <Button
            variant="default"
            leftSection={<IconPrinter size={18} aria-hidden />}
            onClick={() => window.print()}
          >
            Print the recovery key
          </Button>
        </Group>
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
