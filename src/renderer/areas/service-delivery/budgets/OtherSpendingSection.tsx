import { Button, Group, Loader, Table, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconPlus } from '@tabler/icons-react';
import { contract } from '../../../../shared/contract';
import type { BudgetSpendRow } from '../../../../shared/contract/budgets';
import { formatPence } from '../../../../shared/expenses/expenses';
import { formatUkDate } from '../../../../shared/uk-date';
import { errorMessage } from '../../../api/api-error';
import { useChannelMutation, useChannelQuery } from '../../../api/channels';
import { FormAlert } from '../../../components/FormAlert';
import { notifySaved } from '../../../components/notify';
import { TableScroll } from '../../../components/TableScroll';
import { BUDGET_CATEGORY_LABELS, financialYearLabel } from './budget-format';

/** Other spending in a year (not mentors' claims): listed newest first, recorded, changed, removed. */
export function OtherSpendingSection({
  year,
  mayWrite,
  onEdit,
}: {
  year: number;
  mayWrite: boolean;
  /** Open the spending form: a row to change, or null for new. */
  onEdit(spend: BudgetSpendRow | null): void;
}) {
  const spending = useChannelQuery(contract.budgets.spending, { year });
  const remove = useChannelMutation(contract.budgets.deleteSpend);
  const confirmDelete = (row: BudgetSpendRow) =>
    modals.openConfirmModal({
      title: 'Delete this spending?',
      children: (
        <Text size="sm">
          {formatPence(row.amountPence)} on {formatUkDate(row.spentOn)} for “{row.description}” will no longer
          count against the budget.
        </Text>
      ),
      labels: { confirm: 'Delete spending', cancel: 'Keep it' },
      confirmProps: { color: 'red' },
      cancelProps: { 'data-autofocus': true },
      onConfirm: () =>
        void remove
          .mutateAsync({ id: row.id })
          .then(() => notifySaved('Spending deleted', 'The budget no longer counts it.')),
    });

  return (
    <section aria-labelledby="other-spending-heading">
      <Group justify="space-between" mb="sm">
        <Title order={2} fz="h4" id="other-spending-heading">
          Other spending in {financialYearLabel(year)}
        </Title>
        {mayWrite && (
          <Button
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => onEdit(null)}
          >
            Record other spending
          </Button>
        )}
      </Group>
      <FormAlert title="Other spending could not be loaded">
        {spending.error ? errorMessage(spending.error) : remove.error ? errorMessage(remove.error) : null}
      </FormAlert>
      {!spending.data ? (
        <Loader size="sm" aria-label="Loading other spending" />
      ) : spending.data.length === 0 ? (
        <Text c="dimmed">
          No other spending recorded this year. Mentors’ claims are counted on their own.
        </Text>
      ) : (
        <TableScroll label="Other spending" minWidth={640}>
          <Table striped verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Date</Table.Th>
                <Table.Th scope="col">Heading</Table.Th>
                <Table.Th scope="col">What it was for</Table.Th>
                <Table.Th scope="col" ta="right">
                  Amount
                </Table.Th>
                {mayWrite && (
                  <Table.Th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {spending.data.map((row) => (
                <Table.Tr key={row.id}>
                  <Table.Td>{formatUkDate(row.spentOn)}</Table.Td>
                  <Table.Td>{BUDGET_CATEGORY_LABELS[row.category]}</Table.Td>
                  <Table.Th scope="row" fw={400}>
                    {row.description}
                  </Table.Th>
                  <Table.Td ta="right">{formatPence(row.amountPence)}</Table.Td>
                  {mayWrite && (
                    <Table.Td ta="right">
                      <Group gap="xs" justify="flex-end" wrap="nowrap">
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => onEdit(row)}
                          aria-label={`Change ${row.description}`}
                        >
                          Change
                        </Button>
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          onClick={() => confirmDelete(row)}
                          aria-label={`Delete ${row.description}`}
                        >
                          Delete
                        </Button>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}
