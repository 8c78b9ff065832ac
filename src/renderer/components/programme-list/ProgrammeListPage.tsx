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
import type { ChannelDef } from '../../../shared/contract';
import { errorMessage } from '../../api/api-error';
import { useChannelQuery } from '../../api/channels';
import { FormAlert } from '../FormAlert';
import { closeIfClean, FormModal } from '../FormModal';
import { useChannelForm } from '../forms/useChannelForm';
import { ModalFooter } from '../ModalFooter';
import { notifySaved } from '../notify';
import { Page } from '../Page';
import { TableScroll } from '../TableScroll';

/** One entry of a programme's editable list: its wording in `name` or `text`, and whether archived. */
type Item = { id: string; archived: boolean } & Record<string, unknown>;

/** The words one list uses, so each screen reads naturally ("Add a source", "Show archived criteria"). */
export interface ProgrammeListWords {
  title: string;
  description: string;
  /** "source", "criterion". */
  noun: string;
  /** "sources", "criteria". */
  plural: string;
  /** The column and field label: "Source", "Criterion". */
  column: string;
  /** The table's accessible name: "Recruitment sources". */
  tableLabel: string;
  /** What archiving means for this list, after "Archived (no longer offered; …)". */
  archivedKeeps: string;
}

export interface ProgrammeListProps {
  /** Reads the list; input `{ includeArchived }`. */
  list: ChannelDef;
  /** Saves one entry; input `{ id?, [field], archived }`. */
  save: ChannelDef;
  /** Which property holds the wording. */
  field: 'name' | 'text';
  words: ProgrammeListWords;
}

/**
 * A programme's own editable list (recruitment sources, referral criteria): the manual's entries to
 * start with, which a programme adds to, rewords or archives. An archived entry stays on the records
 * that used it; the core keeps the wording, this screen only edits the list.
 */
export function ProgrammeListPage({ list, save, field, words }: ProgrammeListProps) {
  const [showArchived, setShowArchived] = useState(false);
  const [editing, setEditing] = useState<Item | 'new' | null>(null);
  const sources = useChannelQuery(list, { includeArchived: showArchived } as never) as {
    data?: Item[];
    error: unknown;
  };
  const label = (item: Item) => String(item[field] ?? '');
  return (
    <Page
      title={words.title}
      description={words.description}
      actions={
        <Button onClick={() => setEditing('new')} leftSection={<IconPlus size={16} aria-hidden />}>
          Add a {words.noun}
        </Button>
      }
    >
      <Stack gap="md">
        <Switch
          label={`Show archived ${words.plural}`}
          checked={showArchived}
          onChange={(e) => setShowArchived(e.currentTarget.checked)}
        />
        <FormAlert title={`The ${words.plural} could not be loaded`}>
          {sources.error ? errorMessage(sources.error as never) : null}
        </FormAlert>
        {!sources.data && !sources.error && <Loader aria-label={`Loading the ${words.plural}`} />}
        {sources.data && (
          <TableScroll label={words.tableLabel} minWidth={480}>
            <Table striped maw={720}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{words.column}</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>Change</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sources.data.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td>
                      {label(s)}
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
                        aria-label={`Change ${label(s)}`}
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
        <ItemModal
          item={editing === 'new' ? null : editing}
          save={save}
          field={field}
          words={words}
          onClose={() => setEditing(null)}
        />
      )}
    </Page>
  );
}

function ItemModal({
  item,
  save,
  field,
  words,
  onClose,
}: { item: Item | null; onClose(): void } & Omit<ProgrammeListProps, 'list'>) {
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(save, {
    initialValues: {
      ...(item ? { id: item.id } : {}),
      [field]: item ? String(item[field] ?? '') : '',
      archived: item?.archived ?? false,
    } as never,
    guard: false,
    onSaved: (out) => {
      const saved = out as Item;
      notifySaved(`${words.column} saved`, `“${String(saved[field] ?? '')}” is saved.`);
      onClose();
    },
  });
  return (
    <FormModal
      opened
      title={item ? `Change a ${words.noun}` : `Add a ${words.noun}`}
      dirty={dirty}
      onClose={onClose}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormAlert>{formError}</FormAlert>
          <TextInput label={words.column} required data-autofocus {...form.getInputProps(field)} />
          {item && (
            <Checkbox
              label={`Archived (no longer offered; ${words.archivedKeeps})`}
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
