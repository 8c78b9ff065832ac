import { Button, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { contract } from '../../../../shared/contract';
import type { Goal } from '../../../../shared/contract/plans';
import { ukToday } from '../../../../shared/mentors/dates';
import { FormAlert } from '../../../components/FormAlert';
import { closeIfClean, FormModal } from '../../../components/FormModal';
import { useChannelForm } from '../../../components/forms/useChannelForm';
import { ModalFooter } from '../../../components/ModalFooter';
import { notifySaved } from '../../../components/notify';
import { DateField } from '../../service-development/mentors/screening/DateField';
import { STATUS_OPTIONS } from './plan-format';

/** Record progress on a goal: the goal takes the status chosen here. */
export function ProgressModal({ matchId, goal, onClose }: { matchId: string; goal: Goal; onClose(): void }) {
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(contract.plans.updateGoal, {
    initialValues: {
      matchId,
      goalId: goal.id,
      onDate: ukToday(new Date()),
      status: goal.status === 'not_started' ? 'in_progress' : goal.status,
      note: '',
    },
    guard: false,
    onSaved: () => {
      notifySaved('Progress recorded', 'The goal shows the new status.');
      onClose();
    },
  });
  return (
    <FormModal opened title="Record progress" dirty={dirty} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {goal.specific}
          </Text>
          <FormAlert>{formError}</FormAlert>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateField label="Date" required {...form.getInputProps('onDate')} />
            <Select
              label="Status now"
              data={STATUS_OPTIONS}
              allowDeselect={false}
              required
              {...form.getInputProps('status')}
            />
          </SimpleGrid>
          <Textarea
            label="What has happened"
            description="Briefly: what was done, and what comes next."
            autosize
            minRows={3}
            required
            data-autofocus
            {...form.getInputProps('note')}
          />
          <ModalFooter>
            <Button variant="default" onClick={() => void closeIfClean(dirty, onClose)}>
              Cancel
            </Button>
            <Button type="submit" loading={submitting}>
              Save progress
            </Button>
          </ModalFooter>
        </Stack>
      </form>
    </FormModal>
  );
}
