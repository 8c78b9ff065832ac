import { Alert, Button, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconLock, IconShieldPlus } from '@tabler/icons-react';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { contract } from '../../../../shared/contract';
import type { ConcernRow } from '../../../../shared/contract/safeguarding';
import { CONCERN_ABOUT_LABELS, CONCERN_KIND_LABELS } from '../../../../shared/safeguarding/safeguarding';
import { formatUkDate } from '../../../../shared/uk-date';
import { errorMessage } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { RouterLink } from '../../../app/RouterLink';
import { DataTable } from '../../../components/data-table/DataTable';
import { Pager } from '../../../components/data-table/Pager';
import type { Column } from '../../../components/data-table/types';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import { mayCall } from '../../../session/permissions';
import { useSignedIn } from '../../../session/session-context';
import { RESTRICTED_NOTE } from './safeguarding-format';
import { RAISE_CONCERN_PATH, safeguardingConcernPath } from './safeguarding-paths';
import { ConcernStanding } from './ConcernStanding';
import { ConcernStatusBadge } from './StatusBadge';

const c = contract.safeguarding;
const PAGE_SIZE = 50;
type Filter = 'open' | 'closed' | 'all';

/** What everyone who may list concerns sees: the reference, the day raised and the status. */
const STATUS_COLUMNS: Column<ConcernRow>[] = [
  {
    key: 'reference',
    header: 'Reference',
    render: (r) => <span style={{ whiteSpace: 'nowrap' }}>{r.reference}</span>,
    width: 130,
  },
  { key: 'raisedOn', header: 'Raised', render: (r) => formatUkDate(r.raisedOn), width: 110 },
  { key: 'status', header: 'Status', render: (r) => <ConcernStatusBadge status={r.status} />, width: 120 },
];

/** The safeguarding lead's columns besides; the short ones stay narrow so About has room at 1024 px. */
const DETAIL_COLUMNS: Column<ConcernRow>[] = [
  { key: 'kind', header: 'Kind', render: (r) => (r.kind ? CONCERN_KIND_LABELS[r.kind] : ''), width: 140 },
  {
    key: 'about',
    header: 'About',
    render: (r) => (
      <>
        {r.aboutLabel}
        {r.aboutKind && (
          <Text span size="xs" c="dimmed" display="block">
            {CONCERN_ABOUT_LABELS[r.aboutKind]}
          </Text>
        )}
      </>
    ),
    // Who it is about is the longest text: it gets the room the short columns can spare.
    width: 220,
  },
  { key: 'raisedBy', header: 'Raised by', render: (r) => r.raisedByName ?? '', width: 120 },
  {
    key: 'next',
    header: 'Next action',
    render: (r) => (r.nextActionDue ? formatUkDate(r.nextActionDue) : '—'),
    width: 110,
  },
];

/**
 * Safeguarding concerns. The safeguarding lead sees each in full; a co-ordinator sees that it
 * exists and where it stands (the core sends nothing more), and the screen says so.
 */
export function SafeguardingListPage() {
  const { session } = useSignedIn();
  const [status, setStatus] = useState<Filter>('open');
  const [page, setPage] = useState(1);
  const list = useChannelQuery(
    c.list,
    { status, page, pageSize: PAGE_SIZE },
    { placeholderData: keepPreviousData },
  );
  const isLead = session.roles.includes('safeguarding_lead');
  return (
    <Page
      title="Safeguarding"
      description="Safeguarding concerns and disclosures about mentees, mentors and the people around them."
      actions={
        mayCall(c.raise, session.roles) && (
          <Button
            component={RouterLink}
            to={RAISE_CONCERN_PATH}
            leftSection={<IconShieldPlus size={16} aria-hidden />}
          >
            Raise a safeguarding concern
          </Button>
        )
      }
    >
      <Stack gap="md">
        {!isLead && (
          <Alert icon={<IconLock size={18} aria-hidden />} color="gray" title="Status only">
            {RESTRICTED_NOTE} You see each concern’s reference, the day it was raised and where it stands.
          </Alert>
        )}
        <ConcernStanding />
        <SegmentedControl
          aria-label="Which concerns"
          value={status}
          onChange={(v) => {
            setStatus(v as Filter);
            setPage(1);
          }}
          data={[
            { value: 'open', label: 'Not closed' },
            { value: 'closed', label: 'Closed' },
            { value: 'all', label: 'All' },
          ]}
          w="fit-content"
        />
        <FormAlert title="The concerns could not be loaded">
          {list.error ? errorMessage(list.error) : null}
        </FormAlert>
        <DataTable
          label="Safeguarding concerns"
          columns={isLead ? [...STATUS_COLUMNS, ...DETAIL_COLUMNS] : STATUS_COLUMNS}
          rows={list.data?.items}
          rowKey={(row) => row.id}
          rowHref={(row) => safeguardingConcernPath(row.id)}
          // Newest raised first, always: the core orders the list.
          sort={{ sortBy: 'raisedOn', sortDir: 'desc' }}
          onSortChange={() => undefined}
          refreshing={list.isPlaceholderData}
          loadingRows={5}
          empty={status === 'closed' ? 'No closed concerns.' : 'No concerns here.'}
        />
        {list.data && (
          <Pager
            total={list.data.total}
            page={list.data.page}
            pageSize={list.data.pageSize}
            noun={{ one: 'concern', many: 'concerns' }}
            onPageChange={setPage}
          />
        )}
      </Stack>
    </Page>
  );
}
