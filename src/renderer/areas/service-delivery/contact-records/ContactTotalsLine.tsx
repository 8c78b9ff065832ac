import { Badge, Group, Text } from '@mantine/core';
import type { ContactTotals } from '../../../../shared/contract/mentoring';
import { formatMinutes, ukDateOr } from './contact-format';

/** The totals a co-ordinator looks for first: how many sessions, how long, missed, before and after release. */
export function ContactTotalsLine({ totals: t }: { totals: ContactTotals }) {
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return (
    <Group gap="md" wrap="wrap" aria-label="Totals">
      <Text size="sm">
        <strong>{plural(t.sessions, 'session', 'sessions')}</strong> ({formatMinutes(t.minutes)})
      </Text>
      <Text size="sm">
        {t.preRelease} before release, {t.postRelease} after
      </Text>
      <Text size="sm">{plural(t.noShows, 'no-show', 'no-shows')}</Text>
      <Text size="sm">Last contact: {ukDateOr(t.lastContactOn, 'none yet')}</Text>
      {t.noShowStreak > 1 && (
        <Badge color="orange" variant="light" style={{ textTransform: 'none' }}>
          {t.noShowStreak} missed in a row
        </Badge>
      )}
    </Group>
  );
}
