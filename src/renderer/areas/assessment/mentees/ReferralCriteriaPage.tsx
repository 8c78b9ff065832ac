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
import type { ReferralCriterion } from '../../../../shared/contract/mentees';
import { errorMessage } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { FormAlert } from '../../../components/FormAlert';
import { closeIfClean, FormModal } from '../../../components/FormModal';
import { useChannelForm } from '../../../components/forms/useChannelForm';
import { ModalFooter } from '../../../components/ModalFooter';
import { notifySaved } from '../../../components/notify';
import { Page } from '../../../components/Page';
import { TableScroll } from '../../../components/TableScroll';

const m = contract.mentees;

/**
 * The referral criteria shown as a checklist on every referral: the manual's examples to start
 * with, which a programme rewords, adds to or archives (a referral keeps the wording it was made with).
 */
export function ReferralCriteriaPage() {
  const [showArchived, setShowArchived] = useState(false);
  const [editing, setEditing] = useState<ReferralCriterion | 'new' | null>(null);
  const criteria = useChannelQuery(m.referralCriteria, { includeArchived: showArchived });
  return (
    <Page
      title="Referral criteria"
      description="The checklist offered on every referral."
      actions={
        <Button onClick={() => setEditing('new')} leftSection={<IconPlus size={16} aria-hidden />}>
          Add a criterion
        </Button>
      }
    >
      <Stack gap="md">
        <Switch
          label="Show archived criteria"
          checked={showArchived}
          onChange={(e) => setShowArchived(e.currentTarget.checked)}
        />
        <FormAlert title="The criteria could not be loaded">
          {criteria.error ? errorMessage(criteria.error) : null}
        </FormAlert>
        {!criteria.data && !criteria.error && <Loader aria-label="Loading the criteria" />}
        {criteria.data && (
          <TableScroll label="Referral criteria" minWidth={480}>
            <Table striped maw={720}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Criterion</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>Change</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {criteria.data.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>
                      {c.text}
                      {c.archived && (
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
                        onClick={() => setEditing(c)}
                        leftSection={<IconPencil size={14} aria-hidden />}
                        aria-label={`Change ${c.text}`}
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
        <CriterionModal criterion={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </Page>
  );
}

function CriterionModal({ criterion, onClose }: { criterion: ReferralCriterion | null; onClose(): void }) {
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(m.saveReferralCriterion, {
    initialValues: {
      ...(criterion ? { id: criterion.id } : {}),
      text: criterion?.text ?? '',
      archived: criterion?.archived ?? false,
    },
    guard: false,
    onSaved: (out) => {
      notifySaved('Criterion saved', `“${out.text}” is saved.`);
      onClose();
    },
  });
  return (
    <FormModal
      opened
      title={criterion ? 'Change a criterion' : 'Add a criterion'}
      dirty={dirty}
      onClose={onClose}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormAlert>{formError}</FormAlert>
          <TextInput label="Criterion" required data-autofocus {...form.getInputProps('text')} />
          {criterion && (
            <Checkbox
              label="Archived (no longer offered; kept on referrals that met it)"
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
