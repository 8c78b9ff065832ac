import { Card, SimpleGrid, Text, Title } from '@mantine/core';
import { contract } from '../../../../shared/contract';
import { financialYearOf, financialYearRange } from '../../../../shared/expenses/expenses';
import { ukToday } from '../../../../shared/mentors/dates';
import { useChannelQuery } from '../../../api/channels';

function Figure({ label, value, note }: { label: string; value: string; note: string }) {
  return (
    <Card withBorder padding="sm">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={26} fw={700}>
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {note}
      </Text>
    </Card>
  );
}

/** Standard 25 at a glance: open complaints, and this financial year's timeliness. */
export function ComplaintStanding() {
  const year = financialYearOf(ukToday(new Date()));
  const range = financialYearRange(year);
  const n = useChannelQuery(contract.complaints.indicator, range);
  if (!n.data) return null;
  const pct = (v: number | null) => (v === null ? '—' : `${v}%`);
  return (
    <section aria-labelledby="complaint-standing">
      <Title order={2} size="h4" id="complaint-standing" mb="xs">
        This financial year ({year}–{String(year + 1).slice(2)})
      </Title>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Figure label="Open now" value={String(n.data.open)} note="Not yet answered or withdrawn" />
        <Figure label="Received" value={String(n.data.received)} note="Since 1 April" />
        <Figure
          label="Acknowledged in time"
          value={pct(n.data.acknowledgedInTimePercent)}
          note={`${n.data.acknowledgedInTime} of ${n.data.received}`}
        />
        <Figure
          label="Answered in time"
          value={pct(n.data.respondedInTimePercent)}
          note={`${n.data.respondedInTime} of ${n.data.received}`}
        />
      </SimpleGrid>
    </section>
  );
}
