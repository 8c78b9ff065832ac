import { Button, Radio, Select, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { contract } from '../../../../shared/contract';
import type { Goal } from '../../../../shared/contract/plans';
import type { Phase } from '../../../../shared/matching/relationship';
import { FormAlert } from '../../../components/FormAlert';
import { closeIfClean, FormModal } from '../../../components/FormModal';
import { useChannelForm } from '../../../components/forms/useChannelForm';
import { ModalFooter } from '../../../components/ModalFooter';
import { notifySaved } from '../../../components/notify';
import { DateField } from '../../service-development/mentors/screening/DateField';
import { OUTCOME_OPTIONS, PATHWAY_OPTIONS, PHASE_OPTIONS, STATUS_OPTIONS } from './plan-format';

/**
 * Add a SMART goal, or change one (`goal` given). Each box carries one line on what that letter of
 * SMART asks, so mentors and staff learn the model by filling it in.
 */
export function GoalModal({
  matchId,
  goal: g,
  defaultPhase,
  onClose,
}: {
  matchId: string;
  goal: Goal | null;
  defaultPhase: Phase;
  onClose(): void;
}) {
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(contract.plans.saveGoal, {
    initialValues: {
      ...(g ? { id: g.id } : {}),
      matchId,
      pathway: g?.pathway ?? ('' as never),
      phase: g?.phase ?? defaultPhase,
      specific: g?.specific ?? '',
      measure: g?.measure ?? '',
      achievable: g?.achievable ?? '',
      targetDate: g?.targetDate ?? '',
      status: g?.status ?? 'not_started',
      outcomeType: g?.outcomeType ?? ('' as never),
      evidence: g?.evidence ?? '',
    },
    guard: false,
    onSaved: ({ warnings }) => {
      notifySaved(g ? 'Goal changed' : 'Goal added', warnings[0] ?? 'The action plan is up to date.', {
        long: warnings.length > 0,
      });
      onClose();
    },
  });
  return (
    <FormModal opened title={g ? 'Change a goal' : 'Add a goal'} dirty={dirty} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormAlert>{formError}</FormAlert>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label="Pathway"
              description="Which part of resettlement it helps with"
              data={PATHWAY_OPTIONS}
              allowDeselect={false}
              required
              data-autofocus
              {...form.getInputProps('pathway')}
            />
            <Select
              label="Before or after release"
              description="Set from the release date; change it if the goal belongs to the other side"
              data={PHASE_OPTIONS}
              allowDeselect={false}
              {...form.getInputProps('phase')}
            />
          </SimpleGrid>
          <Textarea
            label="Specific: what exactly is the goal?"
            description="The detail: for a job, what kind, where, which hours and pay."
            autosize
            minRows={2}
            required
            {...form.getInputProps('specific')}
          />
          <Textarea
            label="Measurable: how will we know it is done?"
            description="Something you can both see: a letter, a date, a card, or how they say they feel."
            autosize
            minRows={2}
            required
            {...form.getInputProps('measure')}
          />
          <Textarea
            label="Achievable and realistic"
            description="Can it be done within the relationship, and is it within reach rather than over-ambitious?"
            autosize
            minRows={2}
            {...form.getInputProps('achievable')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateField
              label="Timed: reach it by"
              description="Break big goals into steps of a week or two."
              required
              {...form.getInputProps('targetDate')}
            />
            {g && (
              <Select
                label="Status"
                data={STATUS_OPTIONS}
                allowDeselect={false}
                {...form.getInputProps('status')}
              />
            )}
          </SimpleGrid>
          <Radio.Group
            label="Kind of outcome"
            description="Hard outcomes are easy to count; soft ones matter as much."
            required
            {...form.getInputProps('outcomeType')}
          >
            <Stack gap="xs" mt="xs">
              {OUTCOME_OPTIONS.map((o) => (
                <Radio key={o.value} value={o.value} label={o.label} />
              ))}
            </Stack>
          </Radio.Group>
          <Textarea
            label="Evidence"
            description="What shows progress: a letter, a certificate, what the mentee or a worker said."
            autosize
            minRows={2}
            {...form.getInputProps('evidence')}
          />
          <ModalFooter>
            <Button variant="default" onClick={() => void closeIfClean(dirty, onClose)}>
              Cancel
            </Button>
            <Button type="submit" loading={submitting}>
              {g ? 'Save the goal' : 'Add the goal'}
            </Button>
          </ModalFooter>
        </Stack>
      </form>
    </FormModal>
  );
}
