import { Grid, Select, TextInput, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IsoDateField } from '../../training/IsoDateField';
import { ABOUT_OPTIONS, COMPLAINANT_OPTIONS, OUTCOME_OPTIONS, RECEIVED_BY_OPTIONS } from './complaint-format';

// The record and update forms share these fields; both forms' values hold at least these keys.
type ComplaintForm = UseFormReturnType<Record<string, unknown>>;

const dateField = (form: ComplaintForm, field: string, label: string, required = false) => (
  <IsoDateField
    label={label}
    required={required}
    value={form.getValues()[field] as string | null}
    onChange={(v) => form.setFieldValue(field, required ? (v ?? '') : v)}
    error={form.getInputProps(field).error}
  />
);

/** Who complained, about what, when and how: as the complaint arrived. */
export function ComplaintArrivalFields({ form }: { form: ComplaintForm }) {
  return (
    <Grid gap="sm">
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <Select
          label="From"
          required
          allowDeselect={false}
          data={COMPLAINANT_OPTIONS}
          data-autofocus
          {...form.getInputProps('complainantKind')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput label="Their name" required {...form.getInputProps('complainantName')} />
      </Grid.Col>
      <Grid.Col span={12}>
        <TextInput
          label="How to contact them"
          description="Address, telephone or email for the response"
          {...form.getInputProps('complainantContact')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <Select
          label="About"
          required
          allowDeselect={false}
          data={ABOUT_OPTIONS}
          {...form.getInputProps('aboutKind')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput label="Who or what, in a few words" {...form.getInputProps('aboutDetail')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>{dateField(form, 'receivedOn', 'Received on', true)}</Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <Select
          label="How it was received"
          required
          allowDeselect={false}
          data={RECEIVED_BY_OPTIONS}
          {...form.getInputProps('receivedBy')}
        />
      </Grid.Col>
      <Grid.Col span={12}>
        <Textarea label="Summary" required autosize minRows={3} {...form.getInputProps('summary')} />
      </Grid.Col>
    </Grid>
  );
}

/** What happened to it: acknowledgement, investigation, outcome, response and lessons. */
export function ComplaintProgressFields({ form }: { form: ComplaintForm }) {
  return (
    <Grid gap="sm">
      <Grid.Col span={{ base: 12, sm: 6 }}>{dateField(form, 'acknowledgedOn', 'Acknowledged on')}</Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput label="Investigated by" {...form.getInputProps('investigatedBy')} />
      </Grid.Col>
      <Grid.Col span={12}>
        <Textarea
          label="Investigation notes"
          autosize
          minRows={2}
          {...form.getInputProps('investigationNotes')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <Select
          label="Outcome"
          placeholder="Not decided yet"
          clearable
          data={OUTCOME_OPTIONS}
          {...form.getInputProps('outcome')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>{dateField(form, 'respondedOn', 'Response sent on')}</Grid.Col>
      <Grid.Col span={12}>
        <Textarea label="Lessons learned" autosize minRows={2} {...form.getInputProps('lessonsLearned')} />
      </Grid.Col>
    </Grid>
  );
}
