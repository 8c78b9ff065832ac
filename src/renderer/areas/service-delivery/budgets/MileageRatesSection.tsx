import { Badge, Button, Group, Loader, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { contract } from '../../../../shared/contract';
import { mileageRateOn } from '../../../../shared/expenses/expenses';
import { ukToday } from '../../../../shared/mentors/dates';
import { formatUkDate } from '../../../../shared/uk-date';
import { errorMessage } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { FormAlert } from '../../../components/FormAlert';
import { TableScroll } from '../../../components/TableScroll';

/** The mileage rates with the day each took effect; the one in force today is marked. */
export function MileageRatesSection({ mayWrite, onAdd }: { mayWrite: boolean; onAdd(): void }) {
  const rates = useChannelQuery(contract.budgets.mileageRates, {});
  const today = ukToday(new Date());
  const current = rates.data?.find((r) => r.effectiveFrom <= today);
  return (
    <section aria-labelledby="mileage-heading">
      <Group justify="space-between" mb="sm">
        <div>
          <Title order={2} fz="h4" id="mileage-heading">
            Mileage rates
          </Title>
          {rates.data && (
            <Text size="sm" c="dimmed">
              Today’s rate: {mileageRateOn(rates.data, today)}p a mile. A claim’s journeys are paid at the
              rate of the day they were made.
            </Text>
          )}
        </div>
        {mayWrite && (
          <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={onAdd}>
            Add a mileage rate
          </Button>
        )}
      </Group>
      <FormAlert title="The mileage rates could not be loaded">
        {rates.error ? errorMessage(rates.error) : null}
      </FormAlert>
      {!rates.data ? (
        <Loader size="sm" aria-label="Loading mileage rates" />
      ) : (
        <TableScroll label="Mileage rates, newest first" minWidth={480}>
          <Table striped verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">From</Table.Th>
                <Table.Th scope="col" ta="right">
                  Pence a mile
                </Table.Th>
                <Table.Th scope="col">Note</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rates.data.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Th scope="row" fw={400}>
                    {r.effectiveFrom === '2000-01-01' ? 'The start' : formatUkDate(r.effectiveFrom)}{' '}
                    {r.id === current?.id && (
                      <Badge size="sm" variant="light" ml="xs">
                        In force
                      </Badge>
                    )}
                    {r.effectiveFrom > today && (
                      <Badge size="sm" variant="light" color="gray" ml="xs">
                        Future
                      </Badge>
                    )}
                  </Table.Th>
                  <Table.Td ta="right">{r.pencePerMile}p</Table.Td>
                  <Table.Td>{r.note}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}
