import { Button, Card, Group, Text } from '@mantine/core';
import { modals } from '@mantine/modals';

/**
 * A draft risk assessment waiting for sign-off (a mentee's or a match's): what it is, and a button
 * that asks before signing it off, because a signed-off version can no longer be changed.
 */
export function RiskSignOffBar(p: {
  version: number;
  levelLabel: string;
  assessedOn: string;
  buttonLabel: string;
  pending: boolean;
  onConfirm: () => void;
}) {
  const ask = () =>
    modals.openConfirmModal({
      title: `Sign off version ${p.version}?`,
      children: (
        <Text size="sm">
          Once signed off, this version can no longer be changed. Save any changes to the draft first.
        </Text>
      ),
      labels: { confirm: 'Sign off', cancel: 'Cancel' },
      cancelProps: { 'data-autofocus': true },
      onConfirm: p.onConfirm,
    });
  return (
    <Card withBorder padding="sm" bg="var(--mantine-color-yellow-light)">
      <Group justify="space-between">
        <Text size="sm">
          Version {p.version} is a draft ({p.levelLabel} risk, assessed {p.assessedOn}). Sign it off when it
          is complete.
        </Text>
        <Button onClick={ask} loading={p.pending}>
          {p.buttonLabel}
        </Button>
      </Group>
    </Card>
  );
}
