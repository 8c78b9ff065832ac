import { Button, Group, Loader, Stack, Switch, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconEye, IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { contract } from '../../../../shared/contract';
import type { Literature } from '../../../../shared/contract/policies';
import {
  LITERATURE_AUDIENCE_LABELS,
  LITERATURE_FORMAT_LABELS,
  LITERATURE_KIND_LABELS,
} from '../../../../shared/policies/policies';
import { formatUkDate } from '../../../../shared/uk-date';
import { errorMessage } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { FormAlert } from '../../../components/FormAlert';
import { TableScroll } from '../../../components/TableScroll';
import { mayCall } from '../../../session/permissions';
import { useSignedIn } from '../../../session/session-context';
import { FileModal } from './FileModal';
import { LiteratureModal } from './LiteratureModal';

const c = contract.policies;

/** Which handbooks and leaflets exist: who each is for, its format and language, version and last review. */
export function LiteratureSection() {
  const { session } = useSignedIn();
  const mayWrite = mayCall(c.saveLiterature, session.roles);
  const [archived, setArchived] = useState(false);
  const [editing, setEditing] = useState<Literature | 'new' | null>(null);
  const [viewing, setViewing] = useState<Literature | null>(null);
  const list = useChannelQuery(c.literature, { includeArchived: archived });
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Switch
          label="Show archived"
          checked={archived}
          onChange={(e) => setArchived(e.currentTarget.checked)}
        />
        {mayWrite && (
          <Button
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setEditing('new')}
          >
            Add a handbook or leaflet
          </Button>
        )}
      </Group>
      <FormAlert title="The list could not be loaded">
        {list.error ? errorMessage(list.error) : null}
      </FormAlert>
      {!list.data && !list.error && <Loader aria-label="Loading the handbooks and leaflets" />}
      {list.data?.length === 0 && <Text c="dimmed">No handbooks or leaflets recorded yet.</Text>}
      {!!list.data?.length && (
        <TableScroll label="Handbooks and leaflets" minWidth={720}>
          <Table striped verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Title</Table.Th>
                <Table.Th scope="col">For</Table.Th>
                <Table.Th scope="col">Format and language</Table.Th>
                <Table.Th scope="col">Version</Table.Th>
                <Table.Th scope="col">Last reviewed</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>File and actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.map((l) => (
                <Table.Tr key={l.id}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {l.title}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {LITERATURE_KIND_LABELS[l.kind]}
                      {l.archived ? ' · archived' : ''}
                    </Text>
                  </Table.Td>
                  <Table.Td>{LITERATURE_AUDIENCE_LABELS[l.audience]}</Table.Td>
                  <Table.Td>
                    {LITERATURE_FORMAT_LABELS[l.format]}, {l.language}
                  </Table.Td>
                  <Table.Td>{l.version || '—'}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {l.lastReviewedOn ? formatUkDate(l.lastReviewedOn) : '—'}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      {l.file && (
                        <Button
                          size="xs"
                          variant="subtle"
                          leftSection={<IconEye size={14} aria-hidden />}
                          aria-label={`View: ${l.title}`}
                          onClick={() => setViewing(l)}
                        >
                          View
                        </Button>
                      )}
                      {mayWrite && (
                        <Button
                          size="xs"
                          variant="subtle"
                          leftSection={<IconPencil size={14} aria-hidden />}
                          aria-label={`Change: ${l.title}`}
                          onClick={() => setEditing(l)}
                        >
                          Change
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      {editing && (
        <LiteratureModal item={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
      {viewing && (
        <FileModal of="literature" id={viewing.id} title={viewing.title} onClose={() => setViewing(null)} />
      )}
    </Stack>
  );
}
