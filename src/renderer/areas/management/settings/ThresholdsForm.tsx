import { Button, Fieldset, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { THRESHOLD_LABELS, type Thresholds } from '../../../../shared/settings';
import { FormAlert } from '../../../components/FormAlert';
import { WholeNumberInput } from '../../../components/WholeNumberInput';
import { applyServerErrors, focusFirstInvalid } from '../../../components/forms';
import { useUnsavedChanges } from '../../../components/useUnsavedChanges';
import { useSetThresholds } from './settings.queries';
import { notifySaved } from '../../../components/notify';
import {
  fromFormValues,
  serverField,
  toFormValues,
  validateThresholds,
  type ThresholdValues,
} from './thresholds-form';

/** The suggestion weights (weightPreferences…) sit together under their own heading. */
const isWeight = (k: keyof Thresholds) => k.startsWith('weight');
const NUMBER_FIELDS = (Object.keys(THRESHOLD_LABELS) as (keyof Thresholds)[]).filter(
  (k) => k !== 'dbsWarningDays' && !isWeight(k),
);
const WEIGHT_FIELDS = (Object.keys(THRESHOLD_LABELS) as (keyof Thresholds)[]).filter(isWeight);
// Inside the "Matching weights" group the shared prefix only repeats the heading.
const weightLabel = (k: keyof Thresholds) => THRESHOLD_LABELS[k].replace(/^Matching weight: /, '');
const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Programme thresholds from the operations manual (administrators and co-ordinators). */
export function ThresholdsForm({ current }: { current: Thresholds }) {
  const save = useSetThresholds();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<ThresholdValues>({
    initialValues: toFormValues(current),
    validate: validateThresholds,
  });
  useUnsavedChanges(form.isDirty());

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      const settings = await save.mutateAsync(fromFormValues(values));
      const saved = toFormValues(settings.thresholds);
      // Show what was saved: warning days come back sorted, longest first.
      form.setInitialValues(saved);
      form.setValues(saved);
      form.resetDirty(saved);
      notifySaved('Thresholds saved', 'Warnings and indicators now use the new figures.');
    } catch (error) {
      setProblem(applyServerErrors(form, error, serverField));
    }
  }, focusFirstInvalid);

  return (
    <section aria-labelledby="thresholds-heading">
      <Title order={2} fz="h3" id="thresholds-heading" mb={4}>
        Programme thresholds
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        The figures from the operations manual that warnings, the work queue and the standards indicators use.
        Change them to fit local practice.
      </Text>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormAlert>{problem}</FormAlert>
          <SimpleGrid cols={{ base: 1, md: 2 }} verticalSpacing="md">
            {NUMBER_FIELDS.map((key) => (
              <WholeNumberInput
                key={key}
                label={THRESHOLD_LABELS[key]}
                maw="none"
                {...form.getInputProps(key)}
              />
            ))}
            <TextInput
              label={THRESHOLD_LABELS.dbsWarningDays}
              description="Up to five different numbers of days, separated by commas, for example 60, 30, 7. Each must be shorter than the renewal period."
              {...form.getInputProps('dbsWarningDays')}
            />
          </SimpleGrid>
          <Fieldset
            variant="unstyled"
            legend={
              <Title order={3} fz="h4">
                Matching weights
              </Title>
            }
          >
            <Text size="sm" c="dimmed" mb="sm">
              How much each criterion counts when mentors are suggested for a mentee: 0 leaves it out, 10
              counts most. Each point of weight is worth up to 10 points in a suggestion’s score.
            </Text>
            <SimpleGrid cols={{ base: 1, md: 2 }} verticalSpacing="md">
              {WEIGHT_FIELDS.map((key) => (
                <WholeNumberInput
                  key={key}
                  label={capitalised(weightLabel(key))}
                  maw="none"
                  {...form.getInputProps(key)}
                />
              ))}
            </SimpleGrid>
          </Fieldset>
          <Group>
            <Button type="submit" loading={save.isPending}>
              Save thresholds
            </Button>
            <Button variant="default" onClick={() => form.reset()} disabled={!form.isDirty()}>
              Undo changes
            </Button>
          </Group>
        </Stack>
      </form>
    </section>
  );
}
