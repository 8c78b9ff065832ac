import { Anchor, Badge, Box, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { GroupSession } from '../../../../shared/contract/supervision';
import { formatUkDate } from '../../../../shared/uk-date';
import { RouterLink } from '../../../app/RouterLink';
import { supervisionSessionPath } from './supervision-paths';
import {
  attendanceSummary,
  isoOf,
  LOOK_COLOURS,
  LOOK_LABELS,
  MONTH_NAMES,
  monthWeeks,
  sessionLook,
  type SessionLook,
} from './supervision-format';

const WEEKDAYS = ['M', 'T', 'W', 'T', 'F', 'S', 'S'];

/**
 * A year of group supervision as twelve month cards: a small month grid with the session days
 * coloured (drawn for the eye only) and, under it, each session as a link with its time, venue,
 * state and attendance counts (what a screen reader and the keyboard use).
 */
export function YearCalendar({
  year,
  sessions,
  today,
}: {
  year: number;
  sessions: GroupSession[];
  today: string;
}) {
  const byDay = new Map(sessions.map((s) => [s.heldOn, s]));
  return (
    <Stack gap="sm">
      <Legend />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        {MONTH_NAMES.map((name, month) => {
          const inMonth = sessions.filter((s) => s.heldOn.startsWith(isoOf(year, month, 1).slice(0, 7)));
          return (
            <Card key={name} withBorder padding="sm" component="section" aria-label={`${name} ${year}`}>
              <Title order={3} fz="h5" mb={6}>
                {name}
              </Title>
              <MonthGrid year={year} month={month} byDay={byDay} today={today} />
              <Stack gap={6} mt="xs">
                {inMonth.length === 0 && (
                  <Text size="xs" c="dimmed">
                    No group supervision
                  </Text>
                )}
                {inMonth.map((s) => (
                  <SessionLine key={s.id} session={s} look={sessionLook(s, today)} />
                ))}
              </Stack>
            </Card>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}

function MonthGrid({
  year,
  month,
  byDay,
  today,
}: {
  year: number;
  month: number;
  byDay: Map<string, GroupSession>;
  today: string;
}) {
  return (
    <Box
      aria-hidden
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(7, 1fr)',
        gap: 2,
        textAlign: 'center',
        fontSize: 12,
      }}
    >
      {WEEKDAYS.map((d, i) => (
        <Text key={i} size="xs" c="dimmed" fw={600}>
          {d}
        </Text>
      ))}
      {monthWeeks(year, month)
        .flat()
        .map((day, i) => {
          if (day === null) return <span key={i} />;
          const iso = isoOf(year, month, day);
          const session = byDay.get(iso);
          const colour = session ? LOOK_COLOURS[sessionLook(session, today)] : null;
          return (
            <span
              key={i}
              style={{
                padding: '3px 0',
                borderRadius: 4,
                fontWeight: session ? 700 : 400,
                // Black on a light tint reads the same in light and dark themes (contrast well over 4.5:1).
                color: colour ? 'var(--mantine-color-black)' : undefined,
                background: colour ? `var(--mantine-color-${colour}-2)` : undefined,
                boxShadow: colour ? `inset 0 0 0 1px var(--mantine-color-${colour}-7)` : undefined,
                textDecoration: session?.status === 'cancelled' ? 'line-through' : undefined,
                outline: iso === today ? '2px solid var(--mantine-color-dark-3)' : undefined,
              }}
            >
              {day}
            </span>
          );
        })}
    </Box>
  );
}

function SessionLine({ session: s, look }: { session: GroupSession; look: SessionLook }) {
  return (
    <div>
      <Group gap={6} wrap="nowrap" justify="space-between">
        <Anchor component={RouterLink} to={supervisionSessionPath(s.id)} size="sm" fw={600}>
          {formatUkDate(s.heldOn)}, {s.startsAt}
        </Anchor>
        <Badge size="xs" variant="light" color={LOOK_COLOURS[look]} tt="none">
          {LOOK_LABELS[look]}
        </Badge>
      </Group>
      {s.venue && (
        <Text size="xs" c="dimmed">
          {s.venue}
          {s.ledBy ? `, led by ${s.ledBy}` : ''}
        </Text>
      )}
      {s.attendanceTaken && <Text size="xs">{attendanceSummary(s)}</Text>}
    </div>
  );
}

function Legend() {
  const looks: SessionLook[] = ['taken', 'awaiting', 'published', 'planned', 'cancelled'];
  return (
    <Group gap="xs" aria-label="Key">
      {looks.map((l) => (
        <Badge key={l} size="sm" variant="light" color={LOOK_COLOURS[l]} tt="none">
          {LOOK_LABELS[l]}
        </Badge>
      ))}
    </Group>
  );
}
