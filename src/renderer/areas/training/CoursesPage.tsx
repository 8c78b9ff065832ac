import { Badge, Button, Group, Stack, Switch, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { contract } from '../../../shared/contract';
import type { TrainingCourse } from '../../../shared/contract/training';
import { errorMessage } from '../../api/api-error';
import { useChannelQuery } from '../../api/channels';
import { FormAlert } from '../../components/FormAlert';
import { Page } from '../../components/Page';
import { TableScroll } from '../../components/TableScroll';
import { CourseModal } from './CourseModal';
import { courseKindLabel } from './training-format';

/** The training courses with their topics; co-ordinators add and change them. */
export function CoursesPage() {
  const [includeArchived, setIncludeArchived] = useState(false);
  const courses = useChannelQuery(contract.training.courses, { includeArchived });
  const [editing, setEditing] = useState<TrainingCourse | 'new' | null>(null);
  return (
    <Page
      title="Courses"
      description="Initial training every mentor completes before matching, and ongoing training for active mentors."
      actions={
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
          Add a course
        </Button>
      }
    >
      <Switch
        label="Include archived"
        checked={includeArchived}
        onChange={(e) => setIncludeArchived(e.currentTarget.checked)}
      />
      <FormAlert title="The courses could not be loaded">
        {courses.error ? errorMessage(courses.error) : null}
      </FormAlert>
      <TableScroll label="Courses" minWidth={760}>
        <Table striped verticalSpacing="sm" aria-label="Courses">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w={260}>
                Course
              </Table.Th>
              <Table.Th scope="col">Topics</Table.Th>
              <Table.Th scope="col" w={100}>
                Sessions
              </Table.Th>
              <Table.Th scope="col" w={100}>
                Waiting
              </Table.Th>
              <Table.Th scope="col" w={110}>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {courses.data?.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Th scope="row" fw={500}>
                  <Stack gap={2}>
                    <Group gap="xs">
                      {c.title}
                      {c.archived && (
                        <Badge size="sm" color="gray" variant="outline">
                          Archived
                        </Badge>
                      )}
                    </Group>
                    <Text size="xs" c="dimmed" fw={400}>
                      {courseKindLabel(c.kind)}
                    </Text>
                  </Stack>
                </Table.Th>
                <Table.Td>
                  <Text size="sm">{c.topics.length ? c.topics.join(' · ') : '—'}</Text>
                </Table.Td>
                <Table.Td>{c.sessions}</Table.Td>
                <Table.Td>{c.waiting}</Table.Td>
                <Table.Td>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    leftSection={<IconPencil size={14} aria-hidden />}
                    aria-label={`Change ${c.title}`}
                    onClick={() => setEditing(c)}
                  >
                    Change
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      {editing && (
        <CourseModal course={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </Page>
  );
}
