import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { setIdleLockInput } from '../../../../shared/contract/settings';
import { IDLE_LOCK_MAX, IDLE_LOCK_MIN } from '../../../../shared/settings';
import { FormAlert } from '../../../components/FormAlert';
import { WholeNumberInput } from '../../../components/WholeNumberInput';
import { parseWholeNumber } from '../../../../shared/whole-number';
import { applyServerErrors, validateWith, focusFirstInvalid } from '../../../components/forms';
import { useUnsavedChanges } from '../../../components/useUnsavedChanges';
import { useSession } from '../../../session/session-context';
import { useSetIdleLock } from './settings.queries';
import { notifySaved } from '../../../components/notify';

/** How many minutes without activity lock Waymark (administrators). */
const checkIdleLock = validateWith(setIdleLockInput);

export function IdleLockForm({ current }: { current: number }) {
  const { refresh } = useSession();
  const save = useSetIdleLock();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<{ idleLockMinutes: string }>({
    initialValues: { idleLockMinutes: String(current) },
    // Read strictly first ("-5" and "1.5" are refused, never altered), then the shared rule.
    validate: ({ idleLockMinutes }) => {
      const typed = parseWholeNumber(idleLockMinutes);
      if (!typed.ok) return { idleLockMinutes: typed.message };
      return checkIdleLock({ idleLockMinutes: typed.value });
    },
  });
  useUnsavedChanges(form.isDirty());

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      const settings = await save.mutateAsync(Number(values.idleLockMinutes));
      form.setInitialValues({ idleLockMinutes: String(settings.idleLockMinutes) });
      form.setValues({ idleLockMinutes: String(settings.idleLockMinutes) });
      form.resetDirty({ idleLockMinutes: String(settings.idleLockMinutes) });
      await refresh();
      notifySaved(
        'Idle lock saved',
        `Waymark now locks after ${settings.idleLockMinutes} minutes without activity.`,
      );
    } catch (error) {
      setProblem(applyServerErrors(form, error));
    }
  }, focusFirstInvalid);

  return (
    <section aria-labelledby="idle-heading">
      <Title order={2} fz="h3" id="idle-heading" mb={4}>
        Idle lock
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        Waymark locks itself when nobody uses it for this long, and warns shortly before. Applies to everyone.
      </Text>
      <form onSubmit={submit} noValidate>
        <Stack maw={480}>
          <FormAlert>{problem}</FormAlert>
          {/* Wide enough that the label fits on one line. */}
          <WholeNumberInput
            maw={400}
            label="Lock after this many minutes without activity"
            description={`A whole number between ${IDLE_LOCK_MIN} and ${IDLE_LOCK_MAX}.`}
            {...form.getInputProps('idleLockMinutes')}
          />
          <Group>
            <Button type="submit" loading={save.isPending}>
              Save idle lock
            </Button>
          </Group>
        </Stack>
      </form>
    </section>
  );
}
