import { Button, Group, Loader, Tabs, Text } from '@mantine/core';
import { IconCalendarPlus, IconChevronLeft, IconChevronRight, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { contract } from '../../../../shared/contract';
import { ukToday } from '../../../../shared/mentors/dates';
import { errorMessage } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import { CallsLog } from './CallsLog';
import { DueForSupervision } from './DueForSupervision';
import { SessionModal } from './SessionModal';
import { YearCalendar } from './YearCalendar';

const TABS = ['calendar', 'due', 'calls'] as const;
type Tab = (typeof TABS)[number];

/** Supervision: the year's group sessions as a calendar, mentors due for supervision, the telephone log. */
export function SupervisionPage() {
  const [params, setParams] = useSearchParams();
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '')
    ? (params.get('tab') as Tab)
    : 'calendar';
  const today = ukToday(new Date());
  const [year, setYear] = useState(Number(today.slice(0, 4)));
  return (
    <Page
      title="Supervision"
      description="Group supervision dates for the year with attendance, mentors due for individual supervision, and telephone support."
    >
      <Tabs
        value={tab}
        onChange={(value) =>
          setParams(
            (p) => {
              const next = new URLSearchParams(p);
              if (!value || value === 'calendar') next.delete('tab');
              else next.set('tab', value);
              return next;
            },
            { replace: true },
          )
        }
        keepMounted={false}
      >
        <Tabs.List aria-label="Parts of supervision">
          <Tabs.Tab value="calendar">Group supervision calendar</Tabs.Tab>
          <Tabs.Tab value="due">Due for supervision</Tabs.Tab>
          <Tabs.Tab value="calls">Telephone support</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="calendar" pt="md">
          <CalendarTab year={year} setYear={setYear} today={today} />
        </Tabs.Panel>
        <Tabs.Panel value="due" pt="md">
          <DueForSupervision />
        </Tabs.Panel>
        <Tabs.Panel value="calls" pt="md">
          <CallsLog />
        </Tabs.Panel>
      </Tabs>
    </Page>
  );
}

function CalendarTab({ year, setYear, today }: { year: number; setYear(y: number): void; today: string }) {
  const found = useChannelQuery(contract.supervision.calendar, { year });
  const [adding, setAdding] = useState<'year' | 'one' | null>(null);
  const weeks = found.data?.weeks ?? 6;
  return (
    <>
      <Group justify="space-between" mb="md">
        <Group gap="xs">
          <Button
            variant="default"
            size="sm"
            onClick={() => setYear(year - 1)}
            aria-label={`Show ${year - 1}`}
            leftSection={<IconChevronLeft size={16} aria-hidden />}
          >
            {year - 1}
          </Button>
          <Text fw={700} fz="xl" component="h2" m={0} aria-live="polite">
            {year}
          </Text>
          <Button
            variant="default"
            size="sm"
            onClick={() => setYear(year + 1)}
            aria-label={`Show ${year + 1}`}
            rightSection={<IconChevronRight size={16} aria-hidden />}
          >
            {year + 1}
          </Button>
        </Group>
        <Group gap="xs">
          <Button leftSection={<IconCalendarPlus size={16} aria-hidden />} onClick={() => setAdding('year')}>
            Plan the year
          </Button>
          <Button
            variant="default"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setAdding('one')}
          >
            Add a date
          </Button>
        </Group>
      </Group>
      {found.error && (
        <FormAlert title="The calendar could not be shown">{errorMessage(found.error)}</FormAlert>
      )}
      {!found.data && !found.error && <Loader aria-label="Loading the calendar" />}
      {found.data && (
        <>
          <Text size="sm" c="dimmed" mb="sm">
            {found.data.sessions.filter((s) => s.status !== 'cancelled').length} group sessions in {year},
            every {weeks} weeks.
          </Text>
          <YearCalendar year={year} sessions={found.data.sessions} today={today} />
        </>
      )}
      {adding && <SessionModal mode={adding} weeks={weeks} onClose={() => setAdding(null)} />}
    </>
  );
}
