import { Grid, NativeSelect, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { CONTACT_METHODS, CONTACT_WITH } from '../../../../shared/mentees/assessment';
import { CONTACT_METHOD_LABELS, CONTACT_WITH_LABELS } from '../../../../shared/contract/contacts';
import { IsoDateField } from '../../training/IsoDateField';

const WITH_OPTIONS = CONTACT_WITH.map((value) => ({ value, label: CONTACT_WITH_LABELS[value] }));
const METHOD_OPTIONS = CONTACT_METHODS.map((value) => ({ value, label: CONTACT_METHOD_LABELS[value] }));

// The add and correct forms share these fields; both forms' values hold at least these keys.
type ContactForm = UseFormReturnType<Record<string, unknown>>;

/**
 * One contact's fields, in the order they are typed: native selects, so a keyboard user picks
 * with the first letter and Tab moves on, with nothing to open.
 */
export function ContactFields({
  form,
  autoFocus = false,
  resetCount = 0,
}: {
  form: ContactForm;
  autoFocus?: boolean;
  /** Bumped when the form is cleared, so the date box drops what was typed. */
  resetCount?: number;
}) {
  const date = form.getInputProps('onDate');
  return (
    <Grid gap="sm">
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <IsoDateField
          label="Date"
          required
          key={resetCount}
          value={form.getValues().onDate as string}
          onChange={(v) => form.setFieldValue('onDate', v ?? '')}
          error={date.error}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <NativeSelect label="With" required data={WITH_OPTIONS} {...form.getInputProps('withWhom')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <NativeSelect label="How" required data={METHOD_OPTIONS} {...form.getInputProps('method')} />
      </Grid.Col>
      <Grid.Col span={12}>
        <TextInput
          label="What it was about"
          required
          data-autofocus={autoFocus || undefined}
          {...form.getInputProps('nature')}
        />
      </Grid.Col>
      <Grid.Col span={12}>
        <Textarea label="Outcome" rows={3} {...form.getInputProps('outcome')} />
      </Grid.Col>
    </Grid>
  );
}
