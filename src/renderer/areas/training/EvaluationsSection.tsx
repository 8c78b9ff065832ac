import { Button, Group, Rating, Select, Stack, Table, Text, Textarea } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { contract } from '../../../shared/contract';
import type { TrainingSessionDetail } from '../../../shared/contract/training';
import { errorMessage } from '../../api/api-error';
import { useChannelQuery } from '../../api/channels';
import { formatDate } from '../../components/dates';
import { DetailSection } from '../../components/details/DetailSection';
import { FormAlert } from '../../components/FormAlert';
import { closeIfClean, FormModal } from '../../components/FormModal';
import { useChannelForm } from '../../components/forms/useChannelForm';
import { ModalFooter } from '../../components/ModalFooter';
import { notifySaved } from '../../components/notify';
import { TableScroll } from '../../components/TableScroll';

const ANONYMOUS = 'anonymous';

/** What participants thought of the session, with the average rating; co-ordinators add more. */
export function EvaluationsSection({ session, mayAdd }: { session: TrainingSessionDetail; mayAdd: boolean }) {
  const list = useChannelQuery(contract.training.evaluations, { sessionId: session.id });
  const [adding, setAdding] = useState(false);
  return (
    <DetailSection title="Evaluations">
      <Stack gap="sm">
        <Group justify="space-between">
          <Text size="sm">
            {list.data?.count
              ? `Average rating ${list.data.average} out of 5, from ${list.data.count} ${list.data.count === 1 ? 'evaluation' : 'evaluations'}.`
              : 'No evaluations yet.'}
          </Text>
          {mayAdd && (
            <Button
              variant="light"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setAdding(true)}
            >
              Add an evaluation
            </Button>
          )}
        </Group>
        <FormAlert title="The evaluations could not be loaded">
          {list.error ? errorMessage(list.error) : null}
        </FormAlert>
        {!!list.data?.items.length && (
          <TableScroll label="Evaluations" minWidth={560}>
            <Table striped aria-label="Evaluations">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" w={110}>
                    Rating
                  </Table.Th>
                  <Table.Th scope="col">Comments</Table.Th>
                  <Table.Th scope="col" w={180}>
                    From
                  </Table.Th>
                  <Table.Th scope="col" w={120}>
                    Added
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((e) => (
                  <Table.Tr key={e.id}>
                    <Table.Td>{e.rating} out of 5</Table.Td>
                    <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{e.comments || '—'}</Table.Td>
                    <Table.Td>{e.mentorId ? (e.mentorName ?? 'Named') : 'Anonymous'}</Table.Td>
                    <Table.Td>{formatDate(e.createdAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
      </Stack>
      {adding && <EvaluationModal session={session} onClose={() => setAdding(false)} />}
    </DetailSection>
  );
}

function EvaluationModal({ session, onClose }: { session: TrainingSessionDetail; onClose(): void }) {
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(contract.training.addEvaluation, {
    initialValues: { sessionId: session.id, mentorId: null, rating: 0, comments: '' },
    guard: false,
    onSaved: () => {
      notifySaved('Evaluation added', 'Thank you: it is saved.');
      onClose();
    },
  });
  const rating = form.getInputProps('rating');
  return (
    <FormModal opened title="Add an evaluation" dirty={dirty} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormAlert>{formError}</FormAlert>
          <Select
            label="From"
            data={[
              { value: ANONYMOUS, label: 'Anonymous' },
              ...session.register.map((r) => ({ value: r.id, label: r.name })),
            ]}
            value={form.getValues().mentorId ?? ANONYMOUS}
            onChange={(v) => form.setFieldValue('mentorId', !v || v === ANONYMOUS ? null : v)}
            allowDeselect={false}
            data-autofocus
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="rating-label">
              Rating (1 to 5)
            </Text>
            <Rating
              aria-labelledby="rating-label"
              value={Number(rating.value)}
              onChange={(v) => form.setFieldValue('rating', v)}
              size="lg"
            />
            {form.errors.rating && (
              <Text size="xs" c="red.8" role="alert">
                {form.errors.rating}
              </Text>
            )}
          </Stack>
          <Textarea label="Comments" autosize minRows={3} {...form.getInputProps('comments')} />
          <ModalFooter>
            <Button variant="default" onClick={() => void closeIfClean(dirty, onClose)}>
              Cancel
            </Button>
            <Button type="submit" loading={submitting}>
              Add evaluation
            </Button>
          </ModalFooter>
        </Stack>
      </form>
    </FormModal>
  );
}
