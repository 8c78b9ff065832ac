import { Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { WorkItem } from '../../../shared/contract/workqueue';
import { formatUkDate } from '../../../shared/uk-date';
import {
  URGENCY_GROUPS,
  URGENCY_GROUP_LABELS,
  urgencyGroup,
  type UrgencyGroup,
} from '../../../shared/workqueue/rules';
import { RouterLink } from '../../app/RouterLink';
import { WORK_AREA_LABELS, workItemPath } from './work-links';

/** Long groups show this many at first; the rest are one press away. */
const FIRST_SHOWN = 25;
const COLOURS: Record<UrgencyGroup, string> = { overdue: 'red', week: 'yellow', later: 'gray' };

/**
 * The work queue as one list in three groups (overdue or urgent, this week, later), each item a
 * link to the page where it is done. Presentational: the items come from `workqueue.items`.
 */
export function WorkList({
  items,
  today,
  counts,
}: {
  items: readonly WorkItem[];
  today: string;
  /** Everything in each group, when the answer carries only the earliest items. */
  counts?: Record<UrgencyGroup, number>;
}) {
  const groups = URGENCY_GROUPS.map((group) => {
    const mine = items.filter((item) => urgencyGroup(item, today) === group);
    return { group, items: mine, count: Math.max(counts?.[group] ?? 0, mine.length) };
  }).filter((g) => g.count > 0);
  if (!groups.length)
    return (
      <Text size="sm" c="dimmed">
        Nothing is due.
      </Text>
    );
  return (
    <Stack gap="md">
      {groups.map((g) => (
        <WorkGroup key={g.group} group={g.group} items={g.items} count={g.count} />
      ))}
    </Stack>
  );
}

function WorkGroup({
  group,
  items,
  count,
}: {
  group: UrgencyGroup;
  items: readonly WorkItem[];
  count: number;
}) {
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, FIRST_SHOWN);
  const headingId = `work-${group}-heading`;
  return (
    <section aria-labelledby={headingId}>
      <Group gap="xs" mb={6}>
        <Title order={3} fz="h4" id={headingId}>
          {URGENCY_GROUP_LABELS[group]}
        </Title>
        <Badge
          color={COLOURS[group]}
          variant="filled"
          circle={count < 10}
          aria-label={`${count} ${count === 1 ? 'item' : 'items'}`}
        >
          {count}
        </Badge>
      </Group>
      <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {shown.map((item) => (
          <li key={item.key}>
            <Group gap="xs" wrap="nowrap" align="baseline">
              <Badge
                size="sm"
                variant="light"
                color={COLOURS[group]}
                style={{ textTransform: 'none', flexShrink: 0, minWidth: 88 }}
              >
                {formatUkDate(item.due)}
              </Badge>
              <Text size="sm">
                <Anchor component={RouterLink} to={workItemPath(item.link)}>
                  {item.subject}
                </Anchor>{' '}
                <Text span size="xs" c="dimmed">
                  ({WORK_AREA_LABELS[item.link.area]})
                </Text>
                : {item.title}
              </Text>
            </Group>
          </li>
        ))}
      </Stack>
      {items.length > shown.length && (
        <Button variant="subtle" size="compact-sm" mt={4} onClick={() => setAll(true)}>
          Show all {items.length}
        </Button>
      )}
      {(all || items.length <= FIRST_SHOWN) && count > items.length && (
        <Text size="xs" c="dimmed" mt={4}>
          {count - items.length} more, due later, appear as the ones above are done.
        </Text>
      )}
    </section>
  );
}
