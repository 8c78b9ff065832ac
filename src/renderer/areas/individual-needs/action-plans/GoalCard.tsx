import { ActionIcon, Badge, Button, Card, Group, List, Stack, Text, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import type { Goal } from '../../../../shared/contract/plans';
import { GOAL_STATUS_LABELS } from '../../../../shared/matching/relationship';
import { DetailList } from '../../../components/details/DetailSection';
import { OUTCOME_SHORT, STATUS_COLOURS, ukOrDash } from './plan-format';

/** A short name for a goal in button labels: its first words. */
export const goalName = (g: Goal): string =>
  g.specific.length > 60 ? `${g.specific.slice(0, 57).trimEnd()}…` : g.specific;

export function GoalStatusBadge({ status }: { status: Goal['status'] }) {
  return (
    <Badge variant="light" color={STATUS_COLOURS[status]} style={{ textTransform: 'none' }}>
      {GOAL_STATUS_LABELS[status]}
    </Badge>
  );
}

interface Actions {
  onProgress(): void;
  onChange(): void;
  onMove(direction: 'up' | 'down'): void;
  first: boolean;
  last: boolean;
  moving: boolean;
}

/** One SMART goal: its parts in plain words, its status, and what has happened so far. */
export function GoalCard({ goal: g, actions }: { goal: Goal; actions: Actions | null }) {
  const name = goalName(g);
  return (
    <Card withBorder padding="md" radius="sm" component="article" aria-label={name}>
      <Group justify="space-between" align="flex-start" mb="xs" wrap="nowrap">
        <Group gap="xs">
          <GoalStatusBadge status={g.status} />
          <Badge variant="outline" color="gray" style={{ textTransform: 'none' }}>
            {OUTCOME_SHORT[g.outcomeType]}
          </Badge>
          {g.pastTarget && (
            <Badge variant="light" color="red" style={{ textTransform: 'none' }}>
              Past its date
            </Badge>
          )}
        </Group>
        {actions && (
          <Group gap={6} wrap="nowrap">
            <Tooltip label="Move up">
              <ActionIcon
                variant="default"
                aria-label={`Move up: ${name}`}
                disabled={actions.first || actions.moving}
                onClick={() => actions.onMove('up')}
              >
                <IconArrowUp size={16} aria-hidden />
              </ActionIcon>
            </Tooltip>
            <Tooltip label="Move down">
              <ActionIcon
                variant="default"
                aria-label={`Move down: ${name}`}
                disabled={actions.last || actions.moving}
                onClick={() => actions.onMove('down')}
              >
                <IconArrowDown size={16} aria-hidden />
              </ActionIcon>
            </Tooltip>
            <Button size="xs" variant="default" onClick={actions.onChange} aria-label={`Change: ${name}`}>
              Change
            </Button>
            <Button size="xs" onClick={actions.onProgress} aria-label={`Record progress: ${name}`}>
              Record progress
            </Button>
          </Group>
        )}
      </Group>
      <DetailList
        items={[
          { label: 'Specific', value: g.specific, wide: true },
          { label: 'How we’ll know', value: g.measure },
          { label: 'Achievable and realistic', value: g.achievable },
          { label: 'By', value: ukOrDash(g.targetDate) },
          { label: 'Evidence', value: g.evidence },
        ]}
      />
      <Stack gap={4} mt="sm">
        <Text size="sm" fw={600} c="dimmed" component="h5" m={0}>
          Progress
        </Text>
        {g.updates.length === 0 ? (
          <Text size="sm" c="dimmed">
            No progress recorded yet.
          </Text>
        ) : (
          <List size="sm" spacing={4}>
            {g.updates.map((u) => (
              <List.Item key={u.id}>
                <Text span fw={600} size="sm">
                  {ukOrDash(u.onDate)}, {GOAL_STATUS_LABELS[u.status].toLowerCase()}:
                </Text>{' '}
                <Text span size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {u.note}
                </Text>{' '}
                <Text span size="xs" c="dimmed">
                  ({u.recordedByName})
                </Text>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Card>
  );
}
