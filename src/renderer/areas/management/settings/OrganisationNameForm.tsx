import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { setOrganisationNameInput } from '../../../../shared/contract/settings';
import { api } from '../../../api/bridge';
import { run } from '../../../api/call';
import { FormAlert } from '../../../components/FormAlert';
import { applyServerErrors, focusFirstInvalid, validateWith } from '../../../components/forms';
import { notifySaved } from '../../../components/notify';
import { useUnsavedChanges } from '../../../components/useUnsavedChanges';
import { useSession } from '../../../session/session-context';

/** Correct the organisation's name, shown on the sign-in screen and printed on the recovery key. */
export function OrganisationNameForm({ current }: { current: string }) {
  const { refresh } = useSession();
  const [problem, setProblem] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (organisationName: string) => run(api().settings.setOrganisationName({ organisationName })),
  });
  const form = useForm({
    initialValues: { organisationName: current },
    validate: validateWith(setOrganisationNameInput),
  });
  const dirty = form.getValues().organisationName.trim() !== current;
  useUnsavedChanges(dirty);

  const submit = form.onSubmit(async ({ organisationName }) => {
    setProblem(null);
    if (organisationName.trim() === current) return;
    try {
      const saved = await save.mutateAsync(organisationName.trim());
      form.setInitialValues(saved);
      form.setValues(saved);
      await refresh();
      notifySaved('Organisation name saved', `Waymark now shows ${saved.organisationName}.`);
    } catch (error) {
      setProblem(applyServerErrors(form, error));
    }
  }, focusFirstInvalid);

  return (
    <section aria-labelledby="organisation-heading">
      <Title order={2} fz="h3" id="organisation-heading" mb={4}>
        Organisation name
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        Shown on the sign-in screen and in the header, and printed on the recovery key.
      </Text>
      <form onSubmit={submit} noValidate>
        <Stack maw={480}>
          <FormAlert>{problem}</FormAlert>
          <TextInput label="Organisation name" required {...form.getInputProps('organisationName')} />
          <Group>
            <Button type="submit" loading={save.isPending}>
              Save organisation name
            </Button>
          </Group>
        </Stack>
      </form>
    </section>
  );
}
