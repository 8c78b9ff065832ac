import { Anchor, Badge, Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconCircleCheck, IconPencil } from '@tabler/icons-react';
import type { Incident } from '../../../../shared/contract/incidents';
import { INCIDENT_KIND_LABELS, INCIDENT_SEVERITY_LABELS } from '../../../../shared/matching/relationship';
import { formatUkDate } from '../../../../shared/uk-date';
import { RouterLink } from '../../../app/RouterLink';
import { TableScroll } from '../../../components/TableScroll';
import { matchPath } from '../matches/match-paths';
import { SEVERITY_COLOURS } from './incident-format';

interface Props {
  items: Incident[];
  /** Shows who the incident is about, linking to the match (the menu screen; not the match's own tab). */
  showWho?: boolean;
  /** Offered for open incidents only, to those who may change them. */
  onEdit?(incident: Incident): void;
  onClose?(incident: Incident): void;
}

/** Incidents, newest first: kind and severity, what happened and was done, follow-up, closure. */
export function IncidentTable({ items, showWho = false, onEdit, onClose }: Props) {
  const withActions = !!(onEdit || onClose);
  return (
    <TableScroll label="Incidents, newest first" minWidth={760}>
      <Table striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Date</Table.Th>
            {showWho && <Table.Th scope="col">About</Table.Th>}
            <Table.Th scope="col">Incident</Table.Th>
            <Table.Th scope="col">Follow-up</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            {withActions && (
              <Table.Th scope="col">
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((i) => {
            const name = `${INCIDENT_KIND_LABELS[i.kind]} on ${formatUkDate(i.occurredOn)}`;
            return (
              <Table.Tr key={i.id}>
                <Table.Td style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
                  {formatUkDate(i.occurredOn)}
                </Table.Td>
                {showWho && (
                  <Table.Td style={{ verticalAlign: 'top' }}>
                    {i.matchId ? (
                      <Anchor
                        component={RouterLink}
                        to={matchPath(i.matchId, 'incidents')}
                        size="sm"
                        style={{ whiteSpace: 'nowrap' }}
                      >
                        {i.matchReference}
                      </Anchor>
                    ) : (
                      <Text size="sm">Mentor only</Text>
                    )}
                    <Text size="sm" c="dimmed">
                      {[i.menteeName, i.mentorName && `mentor ${i.mentorName}`].filter(Boolean).join(', ')}
                    </Text>
                  </Table.Td>
                )}
                <Table.Td style={{ verticalAlign: 'top' }}>
                  <Group gap="xs" mb={4}>
                    <Text size="sm" fw={600}>
                      {INCIDENT_KIND_LABELS[i.kind]}
                    </Text>
                    <Badge size="sm" color={SEVERITY_COLOURS[i.severity]} variant="light">
                      {INCIDENT_SEVERITY_LABELS[i.severity]}
                    </Badge>
                    {i.isBoundary && (
                      <Badge size="sm" variant="outline" color="grape">
                        Boundary
                      </Badge>
                    )}
                  </Group>
                  <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                    {i.description}
                  </Text>
                  {i.actions && (
                    <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
                      Done: {i.actions}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td style={{ verticalAlign: 'top' }}>
                  <Text size="sm">{i.followUp || '—'}</Text>
                  {i.followUpDue && (
                    <Text size="sm" c="dimmed">
                      By {formatUkDate(i.followUpDue)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td style={{ verticalAlign: 'top' }}>
                  {i.closedOn ? (
                    <>
                      <Text size="sm">Closed {formatUkDate(i.closedOn)}</Text>
                      <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
                        {i.closureNote}
                      </Text>
                    </>
                  ) : (
                    <Badge variant="light" color="blue">
                      Open
                    </Badge>
                  )}
                </Table.Td>
                {withActions && (
                  <Table.Td w={110} style={{ verticalAlign: 'top' }}>
                    {/* One above the other: side by side they squeezed what happened into a sliver at 1024 px. */}
                    {!i.closedOn && (
                      <Stack gap={2} align="flex-start">
                        {onEdit && (
                          <Button
                            variant="subtle"
                            size="xs"
                            leftSection={<IconPencil size={14} aria-hidden />}
                            aria-label={`Update: ${name}`}
                            onClick={() => onEdit(i)}
                          >
                            Update
                          </Button>
                        )}
                        {onClose && (
                          <Button
                            variant="subtle"
                            size="xs"
                            leftSection={<IconCircleCheck size={14} aria-hidden />}
                            aria-label={`Close: ${name}`}
                            onClick={() => onClose(i)}
                          >
                            Close
                          </Button>
                        )}
                      </Stack>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
