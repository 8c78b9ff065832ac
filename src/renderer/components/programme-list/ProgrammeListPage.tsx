import {
  Badge,
  Button,
  Checkbox,
  Loader,
  Stack,
  Switch,
  Table,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { contract } from '../../../../shared/contract';
import type { RecruitmentSource } from '../../../../shared/contract/mentors';
import { errorMessage } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { FormAlert } from '../../../components/FormAlert';
import { closeIfClean, FormModal } from '../../../components/FormModal';
import { useChannelForm } from '../../../components/forms/useChannelForm';
import { ModalFooter } from '../../../components/ModalFooter';
import { notifySaved } from '../../../components/notify';
import { Page } from '../../../components/Page';
import { TableScroll } from '../../../components/TableScroll';

const m = contract.mentors;

/**
 * The choices for "how they heard about us": the manual's list to start with, which a programme
 * adds to, renames, or archives (an archived source stays on the mentors who gave it).
 */
export function RecruitmentSourcesPage() {
  const [showArchived, setShowArchived] = useState(false);
  const [editing, setEditing] = useState<RecruitmentSource | 'new' | null>(null);
  const sources = useChannelQuery(m.recruitmentSources, { includeArchived: showArchived });
  return (
    <Page
      title="How volunteers hear about us"
      description="The choices offered when recording how a volunteer heard about the programme. Anyone recording an enquiry can still type something else."
      actions={
        <Button onClick={() => setEditing('new')} leftSection={<IconPlus size={16} aria-hidden />}>
          Add a source
        </Button>
      }
    >
      <Stack gap="md">
        <Switch
          label="Show archived sources"
          checked={showArchived}
          onChange={(e) => setShowArchived(e.currentTarget.checked)}
        />
        <FormAlert title="The sources could not be loaded">
          {sources.error ? errorMessage(sources.error) : null}
        </FormAlert>
        {!sources.data && !sources.error && <Loader aria-label="Loading the sources" />}
        {sources.data && (
          <TableScroll label="Recruitment sources" minWidth={480}>
            <Table striped maw={720}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Source</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>Change</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sources.data.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td>
                      {s.name}
                      {s.archived && (
                        <Badge
                          ml="xs"
                          size="sm"
                          variant="outline"
                          color="gray"
                          style={{ textTransform: 'none' }}
                        >
                          Archived
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td w={120}>
                      <Button
                        variant="subtle"
                        size="xs"
                        onClick={() => setEditing(s)}
                        leftSection={<IconPencil size={14} aria-hidden />}
                        aria-label={`Change ${s.name}`}
                      >
                        Change
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
      </Stack>
      {editing && (
        <SourceModal source={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </Page>
  );
}

function SourceModal({ source, onClose }: { source: RecruitmentSource | null; onClose(): void }) {
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(m.saveRecruitmentSource, {
    initialValues: {
      ...(source ? { id: source.id } : {}),
      name: source?.name ?? '',
      archived: source?.archived ?? false,
    },
    guard: false,
    onSaved: (out) => {
      notifySaved('Source saved', `“${out.name}” is saved.`);
      onClose();
    },
  });
  return (
    <FormModal opened title={source ? 'Change a source' : 'Add a source'} dirty={dirty} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormAlert>{formError}</FormAlert>
          <TextInput label="Source" required data-autofocus {...form.getInputProps('name')} />
          {source && (
            <Checkbox
              label="Archived (no longer offered; kept on the mentors who gave it)"
              {...form.getInputProps('archived', { type: 'checkbox' })}
            />
          )}
          <ModalFooter>
            <Button variant="default" onClick={() => void closeIfClean(dirty, onClose)}>
              Cancel
            </Button>
            <Button type="submit" loading={submitting}>
              Save
            </Button>
          </ModalFooter>
        </Stack>
      </form>
    </FormModal>
  );
}
