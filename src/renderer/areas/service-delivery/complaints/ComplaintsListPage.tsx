import { Badge, Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import {
  COMPLAINANT_LABELS,
  COMPLAINT_ABOUT_LABELS,
  COMPLAINT_OUTCOME_LABELS,
  COMPLAINT_STATUS_LABELS,
} from '../../../../shared/complaints/complaints';
import { contract } from '../../../../shared/contract';
import type { ComplaintRow } from '../../../../shared/contract/complaints';
import { ukToday } from '../../../../shared/mentors/dates';
import { formatUkDate } from '../../../../shared/uk-date';
import { errorMessage } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { DataTable } from '../../../components/data-table/DataTable';
import { Pager } from '../../../components/data-table/Pager';
import type { Column } from '../../../components/data-table/types';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import { mayCall } from '../../../session/permissions';
import { useSignedIn } from '../../../session/session-context';
import { STATUS_COLOURS } from './complaint-format';
import { complaintPath } from './complaint-paths';
import { ComplaintStanding } from './ComplaintStanding';
import { RecordComplaintModal } from './ComplaintModals';

const c = contract.complaints;
const PAGE_SIZE = 50;
type Filter = 'open' | 'closed' | 'all';

/** What is due next: the acknowledgement, then the response, marked Late once past. */
function NextDue({ row }: { row: ComplaintRow }) {
  if (row.status === 'closed') return <>{row.outcome ? COMPLAINT_OUTCOME_LABELS[row.outcome] : 'Closed'}</>;
  const [what, by] =
    row.status === 'awaiting_acknowledgement'
      ? ['Acknowledge by', row.acknowledgeBy]
      : ['Respond by', row.respondBy];
  const late = by < ukToday(new Date());
  // Late shows as the red badge the other lists use for overdue, beside the date.
  return (
    <Group gap={6}>
      <Text span size="sm">
        {what} {formatUkDate(by)}
      </Text>
      {late && (
        <Badge color="red" variant="light" size="sm">
          Late
        </Badge>
      )}
    </Group>
  );
}

const COLUMNS: Column<ComplaintRow>[] = [
  {
    key: 'reference',
    header: 'Reference',
    // References never break at their hyphens (as claims and matches).
    render: (r) => <span style={{ whiteSpace: 'nowrap' }}>{r.reference}</span>,
    width: 140,
  },
  { key: 'received', header: 'Received', render: (r) => formatUkDate(r.receivedOn), width: 120 },
  { key: 'from', header: 'From', render: (r) => COMPLAINANT_LABELS[r.complainantKind], width: 190 },
  { key: 'about', header: 'About', render: (r) => COMPLAINT_ABOUT_LABELS[r.aboutKind], width: 190 },
  {
    key: 'status',
    header: 'Status',
    render: (r) => (
      <Badge color={STATUS_COLOURS[r.status]} variant="light">
        {COMPLAINT_STATUS_LABELS[r.status]}
      </Badge>
    ),
    width: 200,
  },
  { key: 'next', header: 'Next step or outcome', render: (r) => <NextDue row={r} /> },
];

/** Complaints: the year's standing, the list (open first by default) and recording a new one. */
export function ComplaintsListPage() {
  const { session } = useSignedIn();
  const navigate = useNavigate();
  const [status, setStatus] = useState<Filter>('open');
  const [page, setPage] = useState(1);
  const [recording, setRecording] = useState(false);
  const list = useChannelQuery(
    c.list,
    { status, page, pageSize: PAGE_SIZE },
    { placeholderData: keepPreviousData },
  );
  return (
    <Page
      title="Complaints"
      description="Complaints about the service, its mentors, staff or partners, and how each was handled."
      actions={
        mayCall(c.record, session.roles) && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setRecording(true)}>
            Record a complaint
          </Button>
        )
      }
    >
      <Stack gap="md">
        <ComplaintStanding />
        <SegmentedControl
          aria-label="Which complaints"
          value={status}
          onChange={(v) => {
            setStatus(v as Filter);
            setPage(1);
          }}
          data={[
            { value: 'open', label: 'Open' },
            { value: 'closed', label: 'Closed' },
            { value: 'all', label: 'All' },
          ]}
          w="fit-content"
        />
        <FormAlert title="The complaints could not be loaded">
          {list.error ? errorMessage(list.error) : null}
        </FormAlert>
        <DataTable
          label="Complaints"
          columns={COLUMNS}
          rows={list.data?.items}
          rowKey={(row) => row.id}
          rowHref={(row) => complaintPath(row.id)}
          // Newest received first, always: the core orders the list.
          sort={{ sortBy: 'received', sortDir: 'desc' }}
          onSortChange={() => undefined}
          refreshing={list.isPlaceholderData}
          loadingRows={5}
          empty={status === 'open' ? 'No open complaints.' : 'No complaints here.'}
        />
        {list.data && (
          <Pager
            total={list.data.total}
            page={list.data.page}
            pageSize={list.data.pageSize}
            noun={{ one: 'complaint', many: 'complaints' }}
            onPageChange={setPage}
          />
        )}
      </Stack>
      {recording && (
        <RecordComplaintModal
          onClose={() => setRecording(false)}
          onSaved={(out) => void navigate(complaintPath(out.id))}
        />
      )}
    </Page>
  );
}
