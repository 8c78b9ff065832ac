import { Button, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { auditListInput } from '../../../../shared/contract/audit';
import { parseUkDate, UK_DATE } from '../../../components/dates';
import { validateWith } from '../../../components/forms';
import { useAccounts } from '../accounts/accounts.queries';
import { actionLabel, OUTCOME_LABELS } from './action-labels';
import { useAuditActions, type AuditQuery } from './audit.queries';

export interface FilterValues {
  accountId: string | null;
  recordId: string;
  action: string | null;
  outcome: string | null;
  from: string | null;
  to: string | null;
}

export const NO_FILTERS: FilterValues = {
  accountId: null,
  recordId: '',
  action: null,
  outcome: null,
  from: null,
  to: null,
};

/** Form values → the channel's input (blank filters left out). */
export function toQuery(values: FilterValues): Omit<AuditQuery, 'page' | 'pageSize'> {
  return {
    accountId: values.accountId ?? undefined,
    recordId: values.recordId.trim() || undefined,
    action: values.action ?? undefined,
    outcome: (values.outcome as AuditQuery['outcome']) ?? undefined,
    from: values.from ?? undefined,
    to: values.to ?? undefined,
  };
}

const checkQuery = validateWith(auditListInput);

export function AuditFilters({ onApply }: { onApply(values: FilterValues): void }) {
  const accounts = useAccounts();
  const actions = useAuditActions();
  const form = useForm<FilterValues>({
    initialValues: NO_FILTERS,
    validate: (values) => checkQuery(toQuery(values)),
  });

  const dateProps = {
    valueFormat: UK_DATE,
    dateParser: parseUkDate,
    placeholder: 'DD/MM/YYYY',
    clearable: true,
    popoverProps: { withinPortal: true },
  };

  return (
    <form
      onSubmit={form.onSubmit(onApply)}
      onReset={() => {
        form.reset();
        onApply(NO_FILTERS);
      }}
      noValidate
      aria-label="Filter the audit log"
    >
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        <Select
          label="Account"
          clearButtonProps={{ 'aria-label': 'Clear the account filter' }}
          placeholder="Any account"
          clearable
          searchable
          data={(accounts.data ?? []).map((a) => ({
            value: a.id,
            label: `${a.displayName} (${a.username})`,
          }))}
          {...form.getInputProps('accountId')}
        />
        <Select
          label="Action"
          clearButtonProps={{ 'aria-label': 'Clear the action filter' }}
          placeholder="Any action"
          clearable
          searchable
          data={(actions.data ?? []).map((a) => ({ value: a, label: actionLabel(a) }))}
          {...form.getInputProps('action')}
        />
        <Select
          label="Outcome"
          clearButtonProps={{ 'aria-label': 'Clear the outcome filter' }}
          placeholder="Any outcome"
          clearable
          data={Object.entries(OUTCOME_LABELS).map(([value, label]) => ({ value, label }))}
          {...form.getInputProps('outcome')}
        />
        <TextInput label="Record reference" placeholder="Any record" {...form.getInputProps('recordId')} />
        <DateInput
          label="From"
          {...dateProps}
          clearButtonProps={{ 'aria-label': 'Clear the from date' }}
          {...form.getInputProps('from')}
        />
        <DateInput
          label="To"
          {...dateProps}
          clearButtonProps={{ 'aria-label': 'Clear the to date' }}
          {...form.getInputProps('to')}
        />
      </SimpleGrid>
      <Group mt="md" gap="sm">
        <Button type="submit">Show events</Button>
        <Button type="reset" variant="default">
          Clear filters
        </Button>
      </Group>
    </form>
  );
}
