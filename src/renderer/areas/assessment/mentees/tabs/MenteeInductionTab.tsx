import { Button, Card, Checkbox, Group, Loader, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { contract } from '../../../../../shared/contract';
import type { MenteeInduction } from '../../../../../shared/contract/assessment';
import { INDUCTION_ITEMS } from '../../../../../shared/mentees/assessment';
import { errorMessage } from '../../../../api/api-error';
import { useChannelMutation, useChannelQuery } from '../../../../api/channels';
import { FormAlert } from '../../../../components/FormAlert';
import { useChannelForm } from '../../../../components/forms/useChannelForm';
import { notifySaved } from '../../../../components/notify';
import { mayCall } from '../../../../session/permissions';
import { useSignedIn } from '../../../../session/session-context';
import { DateField } from '../../../service-development/mentors/screening/DateField';
import { ukDate } from '../../../service-development/mentors/screening/screening-format';
import { todayIso } from './assessment-format';

const TEXT = new Map<string, string>(INDUCTION_ITEMS.map((i) => [i.key, i.text]));

/**
 * The induction checklist: each item with the day it was covered ("Done today" in one click, or
 * another day typed), and whether information is given in an accessible format.
 */
export function MenteeInductionTab({ menteeId }: { menteeId: string }) {
  const { session } = useSignedIn();
  const found = useChannelQuery(contract.assessment.induction, { menteeId });
  const mayWrite = mayCall(contract.assessment.setInductionItem, session.roles);
  if (found.error)
    return <FormAlert title="The induction could not be shown">{errorMessage(found.error)}</FormAlert>;
  if (!found.data) return <Loader aria-label="Loading the induction" />;
  const done = found.data.items.filter((i) => i.doneOn).length;
  return (
    <Stack gap="lg">
      <Card withBorder padding="lg" component="section" aria-labelledby="induction-title">
        <Title order={2} fz="h4" id="induction-title">
          Induction checklist
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {done} of {found.data.items.length} covered.
        </Text>
        <Table striped fz="sm" aria-labelledby="induction-title">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Item</Table.Th>
              <Table.Th scope="col">Covered on</Table.Th>
              {mayWrite && <Table.Th scope="col">Record</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {found.data.items.map((i) => (
              <InductionRow key={i.item} menteeId={menteeId} item={i} mayWrite={mayWrite} />
            ))}
          </Table.Tbody>
        </Table>
      </Card>
      <AccessibleFormat menteeId={menteeId} induction={found.data} mayWrite={mayWrite} />
    </Stack>
  );
}

function InductionRow({
  menteeId,
  item,
  mayWrite,
}: {
  menteeId: string;
  item: MenteeInduction['items'][number];
  mayWrite: boolean;
}) {
  const set = useChannelMutation(contract.assessment.setInductionItem);
  const [other, setOther] = useState<string | null>(null);
  const text = TEXT.get(item.item) ?? item.item;
  const save = (doneOn: string | null) =>
    set.mutate(
      { menteeId, item: item.item, doneOn },
      {
        onSuccess: () => setOther(null),
        onError: (error) =>
          notifications.show({ color: 'red', title: 'Not recorded', message: errorMessage(error) }),
      },
    );
  return (
    <Table.Tr>
      <Table.Td>{text}</Table.Td>
      <Table.Td>
        {item.doneOn ? (
          ukDate(item.doneOn)
        ) : (
          <Text span c="dimmed" fz="sm">
            Not yet
          </Text>
        )}
      </Table.Td>
      {mayWrite && (
        <Table.Td>
          {other !== null ? (
            <Group gap="xs" wrap="nowrap">
              <DateField
                size="xs"
                aria-label={`Day “${text}” was covered`}
                value={other}
                onChange={setOther}
              />
              <Button size="xs" onClick={() => save(other)} disabled={!/^\d{4}-\d{2}-\d{2}$/.test(other)}>
                Save
              </Button>
              <Button size="xs" variant="default" onClick={() => setOther(null)}>
                Cancel
              </Button>
            </Group>
          ) : item.doneOn ? (
            <Button
              size="xs"
              variant="subtle"
              onClick={() => save(null)}
              loading={set.isPending}
              aria-label={`Mark “${text}” not covered`}
            >
              Undo
            </Button>
          ) : (
            <Group gap="xs" wrap="nowrap">
              <Button
                size="xs"
                variant="light"
                onClick={() => save(todayIso())}
                loading={set.isPending}
                aria-label={`Mark “${text}” done today`}
              >
                Done today
              </Button>
              <Button
                size="xs"
                variant="subtle"
                onClick={() => setOther('')}
                aria-label={`Record another day for “${text}”`}
              >
                Another day
              </Button>
            </Group>
          )}
        </Table.Td>
      )}
    </Table.Tr>
  );
}

function AccessibleFormat({
  menteeId,
  induction,
  mayWrite,
}: {
  menteeId: string;
  induction: MenteeInduction;
  mayWrite: boolean;
}) {
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(
    contract.assessment.setAccessibleFormat,
    {
      initialValues: {
        menteeId,
        accessibleFormat: induction.accessibleFormat,
        adaptations: induction.adaptations,
      },
      guard: false,
      onSaved: () => notifySaved('Saved', 'How information is given to them is recorded.'),
    },
  );
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="accessible-title">
      <Title order={2} fz="h4" id="accessible-title" mb="sm">
        Accessible format
      </Title>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormAlert>{formError}</FormAlert>
          <Checkbox
            label="Give information in an accessible format (literacy, learning needs or language)"
            disabled={!mayWrite}
            {...form.getInputProps('accessibleFormat', { type: 'checkbox' })}
          />
          {form.getValues().accessibleFormat && (
            <Textarea
              label="How information is adapted"
              required
              autosize
              minRows={2}
              readOnly={!mayWrite}
              {...form.getInputProps('adaptations')}
            />
          )}
          {mayWrite && (
            <Group justify="flex-end">
              <Button type="submit" loading={submitting} disabled={!dirty}>
                Save
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Card>
  );
}
