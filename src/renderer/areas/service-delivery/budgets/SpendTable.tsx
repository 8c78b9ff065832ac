import { Badge, Progress, Table, Text } from '@mantine/core';
import type { BudgetSummary } from '../../../../shared/contract/budgets';
import { formatPence } from '../../../../shared/expenses/expenses';
import { TableScroll } from '../../../components/TableScroll';
import { BUDGET_CATEGORY_LABELS } from './budget-format';

type Row = BudgetSummary['totals'];

/** How much of the budget is used, as a bar: red once over, amber from 90 %. */
function UsedBar({ row, label }: { row: Row; label: string }) {
  if (row.percentUsed === null)
    return row.spentPence > 0 ? (
      <Badge color="red" variant="light">
        No budget
      </Badge>
    ) : (
      <Text size="sm" c="dimmed">
        –
      </Text>
    );
  const colour = row.over ? 'red' : row.percentUsed >= 90 ? 'yellow' : 'green';
  return (
    <div style={{ minWidth: 120 }}>
      <Text size="sm" fw={row.over ? 700 : undefined} c={row.over ? 'red.9' : undefined}>
        {row.percentUsed}%{row.over ? ' – over budget' : ''}
      </Text>
      <Progress
        value={Math.min(row.percentUsed, 100)}
        color={colour}
        size="sm"
        aria-label={`${label}: ${row.percentUsed}% of the budget used`}
      />
    </div>
  );
}

function Figures({ row, label }: { row: Row; label: string }) {
  return (
    <>
      <Table.Td ta="right">{formatPence(row.budgetPence)}</Table.Td>
      <Table.Td ta="right">{formatPence(row.committedPence)}</Table.Td>
      <Table.Td ta="right">{formatPence(row.paidPence)}</Table.Td>
      <Table.Td ta="right">{formatPence(row.otherPence)}</Table.Td>
      <Table.Td ta="right" c={row.over ? 'red.9' : undefined} fw={row.over ? 700 : undefined}>
        {formatPence(row.remainingPence)}
      </Table.Td>
      <Table.Td>
        <UsedBar row={row} label={label} />
      </Table.Td>
    </>
  );
}

/** Spend against budget for a year: one row per heading, then the totals. */
export function SpendTable({ summary }: { summary: BudgetSummary }) {
  return (
    <TableScroll label="Spending against the budget" minWidth={900}>
      <Table verticalSpacing="xs" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Heading</Table.Th>
            <Table.Th scope="col" ta="right">
              Budget
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Committed (approved, unpaid)
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Claims paid
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Other spending
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Remaining
            </Table.Th>
            <Table.Th scope="col">Used</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {summary.headings.map((h) => {
            const label = BUDGET_CATEGORY_LABELS[h.category];
            return (
              <Table.Tr key={h.category} bg={h.over ? 'var(--mantine-color-red-light)' : undefined}>
                <Table.Th scope="row" fw={500}>
                  {label}
                  {h.note ? (
                    <Text size="xs" c="dimmed">
                      {h.note}
                    </Text>
                  ) : null}
                </Table.Th>
                <Figures row={h} label={label} />
              </Table.Tr>
            );
          })}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">Total</Table.Th>
            <Figures row={summary.totals} label="Total" />
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </TableScroll>
  );
}
