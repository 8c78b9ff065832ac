import { Badge, Button, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { contract } from '../../../../../shared/contract';
import type { MentorClearance } from '../../../../../shared/contract/screening';
import { CLEARANCE_STATUS_LABELS, type ClearanceStatus } from '../../../../../shared/mentors/screening';
import { errorMessage } from '../../../../api/api-error';
import { useChannelQuery } from '../../../../api/channels';
import { FormAlert } from '../../../../components/FormAlert';
import { TableScroll } from '../../../../components/TableScroll';
import { mayCall } from '../../../../session/permissions';
import { useSignedIn } from '../../../../session/session-context';
import { ClearanceModal } from './ClearanceModal';
import { ukDate } from './screening-format';
import { useModalState } from './useModalState';

const STATUS_COLOURS: Record<ClearanceStatus, string> = {
  not_started: 'gray',
  forms_submitted: 'blue',
  cleared: 'teal',
  refused: 'red',
  expired: 'orange',
  withdrawn: 'gray',
};

/**
 * Prison security clearance at each establishment: the paperwork steps a lead mentor follows for
 * their cluster (forms, ID, security awareness session) and the outcome. A mentor can be matched
 * at an establishment only once cleared there.
 */
export function MentorClearanceTab({ mentorId }: { mentorId: string }) {
  const { session } = useSignedIn();
  if (!mayCall(contract.screening.clearances, session.roles))
    return (
      <Text c="dimmed">Prison clearance is seen by co-ordinators, safeguarding leads and lead mentors.</Text>
    );
  return <Clearances mentorId={mentorId} />;
}

function Clearances({ mentorId }: { mentorId: string }) {
  const { session } = useSignedIn();
  const found = useChannelQuery(contract.screening.clearances, { mentorId });
  const places = useChannelQuery(contract.establishments.list, { pageSize: 200 });
  const modal = useModalState<{ record: MentorClearance | null }>();
  const mayEdit = mayCall(contract.screening.saveClearance, session.roles);
  if (found.error)
    return <FormAlert title="Clearance could not be shown">{errorMessage(found.error)}</FormAlert>;
  if (!found.data) return <Loader aria-label="Loading clearance" />;
  const items = found.data.items;
  const taken = new Set(items.map((c) => c.establishmentId));
  const open = modal.open;
  // Prisons and YOIs run security clearance; one record per place, so those already begun are left out.
  const choices = (places.data?.items ?? []).filter(
    (e) =>
      (e.kind === 'prison' || e.kind === 'yoi') &&
      (!taken.has(e.id) || e.id === open?.record?.establishmentId),
  );

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          A mentor may be matched at an establishment only once cleared there.
        </Text>
        {mayEdit && (
          <Button
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => modal.show({ record: null })}
          >
            Add clearance at an establishment
          </Button>
        )}
      </Group>
      {items.length === 0 ? (
        <Text c="dimmed">No clearance recorded at any establishment yet.</Text>
      ) : (
        <TableScroll label="Prison clearance" minWidth={900}>
          <Table striped verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Establishment</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                <Table.Th scope="col">Forms submitted</Table.Th>
                <Table.Th scope="col">Checked by</Table.Th>
                <Table.Th scope="col">ID seen</Table.Th>
                <Table.Th scope="col">Security session</Table.Th>
                <Table.Th scope="col">Cleared</Table.Th>
                <Table.Th scope="col">Expires</Table.Th>
                {mayEdit && (
                  <Table.Th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Th scope="row">{c.establishmentName}</Table.Th>
                  <Table.Td>
                    <Badge color={STATUS_COLOURS[c.status]} variant="light">
                      {CLEARANCE_STATUS_LABELS[c.status]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{ukDate(c.formsSubmittedOn)}</Table.Td>
                  <Table.Td>{c.formsCheckedBy}</Table.Td>
                  <Table.Td>{ukDate(c.idSeenOn)}</Table.Td>
                  <Table.Td>{ukDate(c.securityAwarenessOn)}</Table.Td>
                  <Table.Td>{ukDate(c.clearedOn)}</Table.Td>
                  <Table.Td>{ukDate(c.expiresOn)}</Table.Td>
                  {mayEdit && (
                    <Table.Td ta="right">
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => modal.show({ record: c })}
                        aria-label={`Change clearance at ${c.establishmentName}`}
                      >
                        Change
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      {open && (
        <ClearanceModal
          mentorId={mentorId}
          clearance={open.record}
          establishments={choices}
          onClose={modal.close}
        />
      )}
    </Stack>
  );
}
