import { Button, Code, Group, List, Text } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { formatDate } from './dates';

/**
 * The recovery key as shown at set-up and when an administrator issues a new one: the key, how to
 * keep it, and a Print button (the print stylesheet prints only this block).
 */
export function RecoveryKeyDetails({
  recoveryKey,
  organisationName,
}: {
  recoveryKey: string;
  organisationName: string | null;
}) {
  return (
    <>
      <div className="print-area">
        <Text className="print-only" fw={700} fz="xl">
          Waymark recovery key{organisationName ? ` for ${organisationName}` : ''}
        </Text>
        <Text className="print-only" size="sm">
          Printed on {formatDate(new Date())}
        </Text>
        <Code block fz="xl" fw={700} ta="center" py="md" data-testid="recovery-key" className="recovery-key">
          {recoveryKey}
        </Code>
        <Text size="sm" fw={600} mt="md">
          Keep it safe:
        </Text>
        <List size="sm" spacing={4}>
          <List.Item>Print it, or write it down exactly, dashes included.</List.Item>
          <List.Item>Store it somewhere locked, away from this computer, such as the office safe.</List.Item>
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
    </>
  );
}
