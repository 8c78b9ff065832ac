import { Badge, List, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconCircleX } from '@tabler/icons-react';
import {
  IMPORT_FIELD_LABELS,
  type ImportCounts,
  type ImportPreviewRow,
  type IMPORT_ROW_FILTERS,
} from '../../../../shared/contract/mentor-import';
import { Pager } from '../../../components/data-table/Pager';
import { formatDate } from '../../../components/dates';
import { TableScroll } from '../../../components/TableScroll';

export type RowFilter = (typeof IMPORT_ROW_FILTERS)[number];

interface Props {
  counts: ImportCounts;
  rows: readonly ImportPreviewRow[] | undefined;
  show: RowFilter;
  onShowChange(show: RowFilter): void;
  total: number;
  page: number;
  pageSize: number;
  onPageChange(page: number): void;
}

/** Names, dates and addresses read badly broken across lines; the problems column wraps instead. */
const NO_WRAP = { whiteSpace: 'nowrap' } as const;
const n = (count: number) => count.toLocaleString('en-GB');
const dateText = (value: string | null) =>
  value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : (value ?? '');

/** Step three: every row as it will be imported, with its problems beside it. */
export function PreviewRows({
  counts,
  rows,
  show,
  onShowChange,
  total,
  page,
  pageSize,
  onPageChange,
}: Props) {
  return (
    <Stack gap="sm" component="section" aria-labelledby="import-rows-heading">
      <Title order={2} fz="h4" id="import-rows-heading">
        Rows
      </Title>
      <SegmentedControl
        aria-label="Rows to show"
        value={show}
        onChange={(value) => onShowChange(value as RowFilter)}
        data={[
          { value: 'all', label: `All (${n(counts.rows)})` },
          { value: 'errors', label: `With problems (${n(counts.withErrors)})` },
          { value: 'warnings', label: `Possible duplicates (${n(counts.withWarnings)})` },
          { value: 'valid', label: `Ready (${n(counts.valid)})` },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      <TableScroll label="Rows in the file" minWidth={820}>
        <Table withTableBorder data-testid="import-preview-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w={70}>
                Row
              </Table.Th>
              <Table.Th scope="col" w={110}>
                Status
              </Table.Th>
              <Table.Th scope="col">Name</Table.Th>
              <Table.Th scope="col" w={130}>
                Date of birth
              </Table.Th>
              <Table.Th scope="col">Email</Table.Th>
              <Table.Th scope="col">What needs attention</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows?.map((row) => (
              <PreviewRow key={row.rowNumber} row={row} />
            ))}
            {rows && rows.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={6}>
                  <Text size="sm" c="dimmed">
                    No rows to show here.
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <Pager
        total={total}
        page={page}
        pageSize={pageSize}
        noun={{ one: 'row', many: 'rows' }}
        onPageChange={onPageChange}
      />
    </Stack>
  );
}

function PreviewRow({ row }: { row: ImportPreviewRow }) {
  const bad = row.errors.length > 0;
  const name = [row.firstName, row.lastName].filter(Boolean).join(' ');
  return (
    <Table.Tr
      data-row-state={bad ? 'error' : row.warnings.length ? 'warning' : 'ready'}
      bg={bad ? 'var(--mantine-color-red-light)' : undefined}
    >
      <Table.Td>{row.rowNumber}</Table.Td>
      <Table.Td>
        {bad ? (
          <Badge color="red" variant="light" leftSection={<IconCircleX size={12} aria-hidden />}>
            Problem
          </Badge>
        ) : row.warnings.length ? (
          <Badge color="orange" variant="light" leftSection={<IconAlertTriangle size={12} aria-hidden />}>
            Check
          </Badge>
        ) : (
          <Badge color="teal" variant="light" leftSection={<IconCircleCheck size={12} aria-hidden />}>
            Ready
          </Badge>
        )}
      </Table.Td>
      <Table.Td style={NO_WRAP}>
        {name || (
          <Text span size="sm" c="dimmed">
            No name
          </Text>
        )}
      </Table.Td>
      <Table.Td style={NO_WRAP}>{dateText(row.dateOfBirth)}</Table.Td>
      <Table.Td style={NO_WRAP}>{row.email}</Table.Td>
      <Table.Td>
        {(bad || row.warnings.length > 0) && (
          <List size="sm" spacing={2}>
            {row.errors.map((e, i) => (
              <List.Item key={`e${i}`} fw={500}>
                {e.field ? `${IMPORT_FIELD_LABELS[e.field]}: ` : ''}
                {e.message}
              </List.Item>
            ))}
            {row.warnings.map((w, i) => (
              <List.Item key={`w${i}`}>{w}</List.Item>
            ))}
          </List>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
