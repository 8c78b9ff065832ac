import { Button, Group, NumberInput, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { setIdleLockInput } from '../../../../shared/contract/settings';
import { IDLE_LOCK_MAX, IDLE_LOCK_MIN } from '../../../../shared/settings';
import { FormAlert } from '../../../components/FormAlert';
import { applyServerErrors, validateWith, focusFirstInvalid } from '../../../components/forms';
import { useUnsavedChanges } from '../../../components/useUnsavedChanges';
import { useSession } from '../../../session/session-context';
import { useSetIdleLock } from './settings.queries';
import { notifySaved } from '../../../components/notify';

/** How many minutes without activity lock Waymark (administrators). */
export function IdleLockForm({ current }: { current: number }) {
  const { refresh } = useSession();
  const save = useSetIdleLock();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<{ idleLockMinutes: number | string }>({
    initialValues: { idleLockMinutes: current },
    validate: validateWith(setIdleLockInput),
  });
  useUnsavedChanges(form.isDirty());

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      const settings = await save.mutateAsync(Number(values.idleLockMinutes));
      form.setInitialValues({ idleLockMinutes: settings.idleLockMinutes });
      form.resetDirty({ idleLockMinutes: settings.idleLockMinutes });
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
          <NumberInput
            label="Lock after this many minutes without activity"
            description={`Between ${IDLE_LOCK_MIN} and ${IDLE_LOCK_MAX} minutes.`}
            min={IDLE_LOCK_MIN}
            max={IDLE_LOCK_MAX}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
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
