import { Card, Loader, Select, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { contract } from '../../../../../shared/contract';
import type { MenteeNeed } from '../../../../../shared/contract/assessment';
import { NEED_LEVEL_LABELS, PATHWAYS } from '../../../../../shared/mentees/assessment';
import { errorMessage } from '../../../../api/api-error';
import { useChannelMutation, useChannelQuery } from '../../../../api/channels';
import { FormAlert } from '../../../../components/FormAlert';
import { optionsOf } from '../../../service-development/mentors/screening/screening-format';

const TEXT = new Map<string, string>(PATHWAYS.map((p) => [p.key, p.text]));

/** Resettlement needs: the seven pathways, each with a level chosen from a list and a note. */
export function NeedsTable({ menteeId, mayWrite }: { menteeId: string; mayWrite: boolean }) {
  const found = useChannelQuery(contract.assessment.needs, { menteeId });
  if (found.error) return <FormAlert title="Needs could not be shown">{errorMessage(found.error)}</FormAlert>;
  if (!found.data) return <Loader aria-label="Loading needs" />;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="needs-title">
      <Title order={2} fz="h4" id="needs-title">
        Resettlement needs
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        The level of need on each pathway. A change is saved as soon as it is made.
      </Text>
      <Table striped fz="sm" aria-labelledby="needs-title">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Pathway</Table.Th>
            <Table.Th scope="col">Level</Table.Th>
            <Table.Th scope="col">Notes</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {found.data.items.map((n) => (
            <NeedRow key={n.pathway} menteeId={menteeId} need={n} mayWrite={mayWrite} />
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}

function NeedRow({ menteeId, need, mayWrite }: { menteeId: string; need: MenteeNeed; mayWrite: boolean }) {
  const save = useChannelMutation(contract.assessment.saveNeed);
  const [notes, setNotes] = useState(need.notes);
  const text = TEXT.get(need.pathway) ?? need.pathway;
  const send = (level: MenteeNeed['level'], newNotes: string) => {
    if (!level) return;
    save.mutate(
      { menteeId, pathway: need.pathway, level, notes: newNotes },
      {
        onError: (error) =>
          notifications.show({ color: 'red', title: 'Not saved', message: errorMessage(error) }),
      },
    );
  };
  if (!mayWrite)
    return (
      <Table.Tr>
        <Table.Td>{text}</Table.Td>
        <Table.Td>{need.level ? NEED_LEVEL_LABELS[need.level] : 'Not assessed'}</Table.Td>
        <Table.Td>{need.notes}</Table.Td>
      </Table.Tr>
    );
  return (
    <Table.Tr>
      <Table.Td>{text}</Table.Td>
      <Table.Td miw={150}>
        <Select
          size="xs"
          aria-label={`Level of need: ${text}`}
          placeholder="Not assessed"
          allowDeselect={false}
          data={optionsOf(NEED_LEVEL_LABELS)}
          value={need.level}
          onChange={(v) => send(v as MenteeNeed['level'], notes)}
        />
      </Table.Td>
      <Table.Td>
        <TextInput
          size="xs"
          aria-label={`Notes: ${text}`}
          description={!need.level && notes !== need.notes ? 'Choose a level to save the notes' : undefined}
          value={notes}
          onChange={(e) => setNotes(e.currentTarget.value)}
          onBlur={() => notes !== need.notes && send(need.level, notes)}
        />
      </Table.Td>
    </Table.Tr>
  );
}
