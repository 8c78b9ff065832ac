import { Grid, Select, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IsoDateField } from '../../training/IsoDateField';
import { KIND_OPTIONS, SEVERITY_OPTIONS } from './incident-format';

// The record and correct forms share these fields; both forms' values hold at least these keys.
type IncidentForm = UseFormReturnType<Record<string, unknown>>;

/**
 * One incident's fields in the order they are filled: what kind, when, how serious, then what
 * happened and what was done, and the follow-up. Mantine selects, as on the mentors and mentees
 * forms; every choice has a default, so none can be cleared.
 */
export function IncidentFields({
  form,
  autoFocus = true,
  inMatch = true,
}: {
  form: IncidentForm;
  autoFocus?: boolean;
  /** About a match: a high severity raises a follow-up for the caseworker, so the form says so. */
  inMatch?: boolean;
}) {
  const values = form.getValues();
  return (
    <Grid gap="sm">
      <Grid.Col span={12}>
        <Select
          label="What kind of incident"
          required
          allowDeselect={false}
          data={KIND_OPTIONS}
          data-autofocus={autoFocus || undefined}
          {...form.getInputProps('kind')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <IsoDateField
          label="When it happened"
          required
          value={values.occurredOn as string}
          onChange={(v) => form.setFieldValue('occurredOn', v ?? '')}
          error={form.getInputProps('occurredOn').error}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <Select
          label="How serious"
          allowDeselect={false}
          description={inMatch ? 'High raises a follow-up for the caseworker' : undefined}
          required
          data={SEVERITY_OPTIONS}
          {...form.getInputProps('severity')}
        />
      </Grid.Col>
      <Grid.Col span={12}>
        <Textarea
          label="What happened"
          description="Brief and factual: what was seen or said, not opinions"
          required
          autosize
          minRows={3}
          {...form.getInputProps('description')}
        />
      </Grid.Col>
      <Grid.Col span={12}>
        <Textarea label="What was done" autosize minRows={2} {...form.getInputProps('actions')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 8 }}>
        <Textarea label="Follow-up needed" autosize minRows={1} {...form.getInputProps('followUp')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <IsoDateField
          label="Follow up by"
          value={values.followUpDue as string | null}
          onChange={(v) => form.setFieldValue('followUpDue', v)}
          error={form.getInputProps('followUpDue').error}
        />
      </Grid.Col>
    </Grid>
  );
}
