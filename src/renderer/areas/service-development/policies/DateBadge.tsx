import { Badge, Group, Text } from '@mantine/core';
import { formatUkDate } from '../../../../shared/uk-date';

type State = 'none' | 'in_date' | 'due' | 'overdue';

/**
 * A review or expiry date with what it means today, in words as well as colour: "Due" from the
 * notice window, "Overdue" (or "Expired") from the day after the date; yellow and red, light, as
 * the work queue and follow-ups draw due and overdue everywhere else.
 */
export function DateBadge({
  date,
  state,
  overdueWord = 'Overdue',
}: {
  date: string | null;
  state: State;
  overdueWord?: string;
}) {
  if (!date)
    return (
      <Text size="sm" c="dimmed">
        Not set
      </Text>
    );
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {formatUkDate(date)}
      </Text>
      {state === 'due' && (
        <Badge size="sm" color="yellow" variant="light">
          Due
        </Badge>
      )}
      {state === 'overdue' && (
        <Badge size="sm" color="red" variant="light">
          {overdueWord}
        </Badge>
      )}
    </Group>
  );
}
