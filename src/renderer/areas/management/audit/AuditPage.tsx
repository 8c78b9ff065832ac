import { Alert, Group, Loader, Pagination, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { errorMessage } from '../../../api/api-error';
import { Page } from '../../../components/Page';
import { AuditFilters, NO_FILTERS, toQuery, type FilterValues } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { useAuditPage } from './audit.queries';
import { VerifyChain } from './VerifyChain';

const PAGE_SIZE = 50;

/** The audit log: who did what and when, filtered and paged, with the chain check. */
export function AuditPage() {
  const [filters, setFilters] = useState<FilterValues>(NO_FILTERS);
  const [page, setPage] = useState(1);
  const audit = useAuditPage({ ...toQuery(filters), page, pageSize: PAGE_SIZE });
  const data = audit.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  const first = data && data.total ? (data.page - 1) * data.pageSize + 1 : 0;
  const last = data ? Math.min(data.total, data.page * data.pageSize) : 0;
  const caption = data
    ? data.total
      ? `Events ${first} to ${last} of ${data.total}, newest first`
      : 'No events match these filters'
    : '';

  return (
    <Page
      title="Audit log"
      description="Every sign-in, lock, change and refused request, in a tamper-evident chain."
    >
      <Paper withBorder p="md">
        <VerifyChain />
      </Paper>
      <Paper withBorder p="md">
        <AuditFilters
          onApply={(values) => {
            setFilters(values);
            setPage(1);
          }}
        />
      </Paper>
      <Paper withBorder p="md">
        <Stack>
          {audit.isPending && <Loader aria-label="Loading the audit log" />}
          {audit.isError && (
            <Alert color="red" role="alert">
              {errorMessage(audit.error)}
            </Alert>
          )}
          {data && <AuditTable entries={data.entries} caption={caption} />}
          {data && pages > 1 && (
            <Group justify="space-between">
              <Text size="sm" c="dimmed">
                Page {data.page} of {pages}
              </Text>
              <Pagination
                total={pages}
                value={page}
                onChange={setPage}
                withEdges
                getControlProps={(control) => ({ 'aria-label': `${control} page` })}
                getItemProps={(n) => ({ 'aria-label': `Page ${n}` })}
              />
            </Group>
          )}
        </Stack>
      </Paper>
    </Page>
  );
}
