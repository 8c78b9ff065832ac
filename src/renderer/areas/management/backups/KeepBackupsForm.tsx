import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { BACKUPS_TO_KEEP_MAX, BACKUPS_TO_KEEP_MIN, setKeepInput } from '../../../../shared/contract/backups';
import { parseWholeNumber } from '../../../../shared/whole-number';
import { FormAlert } from '../../../components/FormAlert';
import { WholeNumberInput } from '../../../components/WholeNumberInput';
import { applyServerErrors, focusFirstInvalid, validateWith } from '../../../components/forms';
import { notifySaved } from '../../../components/notify';
import { useUnsavedChanges } from '../../../components/useUnsavedChanges';
import { useSetBackupsToKeep } from './backups.queries';

const checkKeep = validateWith(setKeepInput);

/** How many backups to keep; the oldest beyond that are removed. */
export function KeepBackupsForm({ current }: { current: number }) {
  const save = useSetBackupsToKeep();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<{ backupsToKeep: string }>({
    initialValues: { backupsToKeep: String(current) },
    // Read strictly first ("-5" and "1.5" are refused, never altered), then the contract's rule.
    validate: ({ backupsToKeep }) => {
      const typed = parseWholeNumber(backupsToKeep);
      if (!typed.ok) return { backupsToKeep: typed.message };
      return checkKeep({ backupsToKeep: typed.value });
    },
  });
  useUnsavedChanges(form.isDirty());

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      const saved = await save.mutateAsync(Number(values.backupsToKeep));
      const text = String(saved.backupsToKeep);
      form.setInitialValues({ backupsToKeep: text });
      form.setValues({ backupsToKeep: text });
      form.resetDirty({ backupsToKeep: text });
      notifySaved('Backups setting saved', `Waymark now keeps the newest ${saved.backupsToKeep} backups.`);
    } catch (error) {
      setProblem(applyServerErrors(form, error));
    }
  }, focusFirstInvalid);

  return (
    <section aria-labelledby="keep-heading">
      <Title order={2} fz="h3" id="keep-heading" mb={4}>
        How many to keep
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        When there are more than this, the oldest backups are removed.
      </Text>
      <form onSubmit={submit} noValidate>
        <Stack maw={480}>
          <FormAlert>{problem}</FormAlert>
          <WholeNumberInput
            label="Number of backups to keep"
            description={`A whole number between ${BACKUPS_TO_KEEP_MIN} and ${BACKUPS_TO_KEEP_MAX}.`}
            {...form.getInputProps('backupsToKeep')}
          />
          <Group>
            <Button type="submit" loading={save.isPending}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </section>
  );
}
