import { Button, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { auditListInput } from '../../../../shared/contract/audit';
import { readDateField, UkDateInput } from '../../../components/UkDateInput';
import { validateWith } from '../../../components/forms';
import { actionLabel, OUTCOME_LABELS } from './action-labels';
import { useAuditActions, useAuditPeople, type AuditQuery } from './audit.queries';

/** The filters as typed: dates stay as the person wrote them until they are read. */
export interface FilterValues {
  accountId: string | null;
  recordId: string;
  action: string | null;
  outcome: string | null;
  from: string;
  to: string;
}

export const NO_FILTERS: FilterValues = {
  accountId: null,
  recordId: '',
  action: null,
  outcome: null,
  from: '',
  to: '',
};

/** Form values → the channel's input (blank filters left out). Only call once validated. */
export function toQuery(values: FilterValues): Omit<AuditQuery, 'page' | 'pageSize'> {
  return {
    accountId: values.accountId ?? undefined,
    recordId: values.recordId.trim() || undefined,
    action: values.action ?? undefined,
    outcome: (values.outcome as AuditQuery['outcome']) ?? undefined,
    from: readDateField(values.from).iso,
    to: readDateField(values.to).iso,
  };
}

const checkQuery = validateWith(auditListInput);

/** Dates first (each says what is wrong with it), then the shared rules (e.g. "to" before "from"). */
function validate(values: FilterValues) {
  const errors: Record<string, string> = {};
  for (const field of ['from', 'to'] as const) {
    const problem = readDateField(values[field]).error;
    if (problem) errors[field] = problem;
  }
  return Object.keys(errors).length ? errors : checkQuery(toQuery(values));
}

export function AuditFilters({ onApply }: { onApply(values: FilterValues): void }) {
  const people = useAuditPeople();
  const actions = useAuditActions();
  const form = useForm<FilterValues>({ initialValues: NO_FILTERS, validate });

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
          label="Person"
          clearButtonProps={{ 'aria-label': 'Clear the person filter' }}
          placeholder="Anyone"
          clearable
          searchable
          data={(people.data ?? []).map((p) => ({
            value: p.id,
            label: `${p.displayName} (${p.username})${p.removed ? ', removed' : ''}`,
          }))}
          {...form.getInputProps('accountId')}
        />
        <Select
          label="Action"
          clearButtonProps={{ 'aria-label': 'Clear the action filter' }}
          placeholder="Any action"
          clearable
          searchable
          data={(actions.data ?? [])
            .map((a) => ({ value: a, label: actionLabel(a) }))
            .sort((a, b) => a.label.localeCompare(b.label))}
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
        <UkDateInput label="From" {...form.getInputProps('from')} />
        <UkDateInput label="To" {...form.getInputProps('to')} />
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
