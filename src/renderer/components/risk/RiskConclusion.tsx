import { Button, Group, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { DateField } from '../../areas/service-development/mentors/screening/DateField';

/** What the shared part of a risk form needs from the form it sits in (Mantine's useForm). */
interface InputPropsSource {
  getInputProps(
    path: 'overallLevel' | 'assessor' | 'assessedOn' | 'reviewDue' | (string & {}),
  ): GetInputPropsReturnType;
}

/**
 * The end of every risk assessment draft (a mentee's, a match's): the overall level, who assessed
 * it and when, what must be done about it, the review date, and Save draft. The two forms differ
 * in what they ask before this point and in what the "what must be done" box is called.
 */
export function RiskConclusion(p: {
  form: InputPropsSource;
  levels: { value: string; label: string }[];
  /** The field holding what must be done (`controls`, `safeguards`), with its label and hint. */
  measures: { field: string; label: string; description: string };
  submitting: boolean;
  saveDisabled: boolean;
  onCancel?: () => void;
}) {
  const { form } = p;
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select
          label="Overall level of risk"
          required
          allowDeselect={false}
          data={p.levels}
          {...form.getInputProps('overallLevel')}
        />
        <TextInput label="Assessed by" required {...form.getInputProps('assessor')} />
        <DateField label="Assessed on" required {...form.getInputProps('assessedOn')} />
      </SimpleGrid>
      <Textarea
        label={p.measures.label}
        description={p.measures.description}
        autosize
        minRows={2}
        {...form.getInputProps(p.measures.field)}
      />
      <DateField
        label="Review due"
        description="Left empty, it is set from the assessment date and the review period in settings"
        maw={320}
        {...form.getInputProps('reviewDue')}
      />
      <Group justify="flex-end">
        {p.onCancel && (
          <Button variant="default" onClick={p.onCancel}>
            Cancel
          </Button>
        )}
        <Button type="submit" loading={p.submitting} disabled={p.saveDisabled}>
          Save draft
        </Button>
      </Group>
    </>
  );
}
