import { Badge, Button, Group, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { contract } from '../../../shared/contract';
import type { TrainingSessionRow } from '../../../shared/contract/training';
import { SESSION_WHEN, type SessionWhen } from '../../../shared/mentors/training';
import { errorMessage } from '../../api/api-error';
import { useChannelQuery } from '../../api/channels';
import { DataTable } from '../../components/data-table/DataTable';
import { Pager } from '../../components/data-table/Pager';
import type { Column } from '../../components/data-table/types';
import { FormAlert } from '../../components/FormAlert';
import { Page } from '../../components/Page';
import { mayCall } from '../../session/permissions';
import { useSignedIn } from '../../session/session-context';
import { useListSearch } from '../service-development/establishments/use-list-search';
import { SessionFormModal } from './SessionFormModal';
import { hoursText, sessionDate } from './training-format';
import { sessionPath } from './training-paths';

const PAGE_SIZE = 50;
const DEFAULTS = { when: 'upcoming', courseId: '', page: 1 };
const WHEN_LABELS: Record<SessionWhen, string> = { upcoming: 'Upcoming', past: 'Past', all: 'All' };

const COLUMNS: Column<TrainingSessionRow>[] = [
  {
    key: 'date',
    header: 'Date',
    render: (s) => (
      <>
        {sessionDate(s.heldOn)}
        {s.cancelled && (
          <Badge ml="xs" size="sm" color="gray" variant="outline">
            Cancelled
          </Badge>
        )}
      </>
    ),
    width: 190,
  },
  { key: 'course', header: 'Course', render: (s) => s.courseTitle },
  { key: 'time', header: 'Time', render: (s) => `${s.startTime}, ${hoursText(s.hours)}`, width: 150 },
  { key: 'venue', header: 'Venue', render: (s) => s.venue, width: 200 },
  {
    key: 'places',
    header: 'Invited / places',
    render: (s) => (
      <Text span c={s.invited > s.capacity ? 'red.8' : undefined} size="sm">
        {s.invited} / {s.capacity}
      </Text>
    ),
    width: 130,
  },
  { key: 'coming', header: 'Coming', render: (s) => s.coming, width: 90 },
  { key: 'attended', header: 'Attended', render: (s) => s.attended, width: 100 },
];

/** Training sessions: upcoming first (soonest at the top), filtered by course; new sessions here. */
export function TrainingRegisterPage() {
  const { session } = useSignedIn();
  const [params, setParams] = useListSearch(DEFAULTS);
  const [adding, setAdding] = useState(false);
  const when = (SESSION_WHEN as readonly string[]).includes(params.when)
    ? (params.when as SessionWhen)
    : 'upcoming';
  const list = useChannelQuery(
    contract.training.sessions,
    {
      when,
      ...(params.courseId ? { courseId: params.courseId } : {}),
      page: params.page,
      pageSize: PAGE_SIZE,
    },
    { placeholderData: keepPreviousData },
  );
  const courses = useChannelQuery(contract.training.courses, { includeArchived: true });
  return (
    <Page
      title="Training register"
      description="Initial and ongoing training sessions: who is invited, who is coming and who attended."
      actions={
        mayCall(contract.training.saveSession, session.roles) && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
            New session
          </Button>
        )
      }
    >
      <Stack gap="md">
        <Group align="flex-end" gap="md" role="search" aria-label="Filter sessions">
          <Stack gap={4}>
            <Text size="sm" fw={500} id="when-label">
              Sessions
            </Text>
            <SegmentedControl
              aria-labelledby="when-label"
              data={SESSION_WHEN.map((w) => ({ value: w, label: WHEN_LABELS[w] }))}
              value={when}
              onChange={(value) => setParams({ when: value, page: 1 })}
            />
          </Stack>
          <Select
            label="Course"
            placeholder="All courses"
            data={(courses.data ?? []).map((c) => ({ value: c.id, label: c.title }))}
            value={params.courseId || null}
            onChange={(value) => setParams({ courseId: value ?? '', page: 1 })}
            clearable
            w={280}
          />
        </Group>
        <FormAlert title="The sessions could not be loaded">
          {list.error ? errorMessage(list.error) : null}
        </FormAlert>
        <DataTable
          label="Training sessions"
          columns={COLUMNS}
          rows={list.data?.items}
          rowKey={(s) => s.id}
          rowHref={(s) => sessionPath(s.id)}
          sort={{ sortBy: 'date', sortDir: 'asc' }}
          onSortChange={() => undefined}
          refreshing={list.isPlaceholderData}
          loadingRows={6}
          empty={
            when === 'upcoming' ? 'No sessions are planned. Add one with New session.' : 'No sessions here.'
          }
        />
        {list.data && (
          <Pager
            total={list.data.total}
            page={list.data.page}
            pageSize={list.data.pageSize}
            noun={{ one: 'session', many: 'sessions' }}
            onPageChange={(page) => setParams({ page })}
          />
        )}
      </Stack>
      {adding && <SessionFormModal session={null} onClose={() => setAdding(false)} />}
    </Page>
  );
}
