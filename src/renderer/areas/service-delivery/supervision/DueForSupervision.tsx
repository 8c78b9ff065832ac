import { Anchor, Badge, Card, Group, Loader, Progress, Table, Text } from '@mantine/core';
import { contract } from '../../../../shared/contract';
import type { MentorStage } from '../../../../shared/mentors/pipeline';
import { formatUkDate } from '../../../../shared/uk-date';
import { errorMessage } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { RouterLink } from '../../../app/RouterLink';
import { FormAlert } from '../../../components/FormAlert';
import { TableScroll } from '../../../components/TableScroll';
import { StageBadge } from '../../service-development/mentors/StageBadge';
import { supervisionMentorPath } from './supervision-paths';

/** Standard 23: who is due individual supervision, and the share of active mentors supervised recently. */
export function DueForSupervision() {
  const found = useChannelQuery(contract.supervision.due, {});
  if (found.error)
    return <FormAlert title="The list could not be shown">{errorMessage(found.error)}</FormAlert>;
  if (!found.data) return <Loader aria-label="Loading mentors due for supervision" />;
  const { weeks, supervised, active, items } = found.data;
  const percent = active ? Math.round((supervised / active) * 100) : 0;
  return (
    <>
      <Card withBorder padding="md" mb="md" maw={520}>
        <Text fw={600}>Supervised in the last {weeks} weeks</Text>
        <Text fz="h3" fw={700}>
          {supervised} of {active} active mentors ({percent}%)
        </Text>
        <Progress value={percent} mt="xs" aria-label={`${percent}% of active mentors supervised`} />
        <Text size="xs" c="dimmed" mt={4}>
          Active means ready to be matched or matched; mentors on hold are not counted.
        </Text>
      </Card>
      {items.length === 0 ? (
        <Text c="dimmed">Every active mentor has been supervised within {weeks} weeks.</Text>
      ) : (
        <TableScroll label="Mentors due for supervision" minWidth={760}>
          <Table striped aria-label="Mentors due for supervision">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Mentor</Table.Th>
                <Table.Th scope="col">Stage</Table.Th>
                <Table.Th scope="col">Last supervised</Table.Th>
                <Table.Th scope="col">Due</Table.Th>
                <Table.Th scope="col">Group sessions missed in a row</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((r) => (
                <Table.Tr key={r.mentorId}>
                  <Table.Td>
                    <Anchor component={RouterLink} to={supervisionMentorPath(r.mentorId)}>
                      {r.mentorName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <StageBadge stage={r.stage as MentorStage} />
                  </Table.Td>
                  <Table.Td>{r.lastSupervisedOn ? formatUkDate(r.lastSupervisedOn) : 'Never'}</Table.Td>
                  <Table.Td>
                    <Group gap={6}>
                      {formatUkDate(r.dueOn)}
                      {r.overdue && (
                        <Badge color="red" variant="light" size="sm" tt="none">
                          Overdue
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6}>
                      {/* A string: Group drops falsy children, and 0 must show. */}
                      {String(r.missedStreak)}
                      {r.invite && (
                        <Badge color="orange" variant="light" size="sm" tt="none">
                          Invite to individual supervision
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </>
  );
}
