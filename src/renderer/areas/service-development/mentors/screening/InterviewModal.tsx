import { Button, Checkbox, Grid, Paper, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { contract } from '../../../../../shared/contract';
import type {
  InterviewQuestion,
  MentorInterview,
  PersonSpecCriterion,
} from '../../../../../shared/contract/screening';
import { INTERVIEW_OUTCOME_LABELS } from '../../../../../shared/mentors/screening';
import { FormAlert } from '../../../../components/FormAlert';
import { closeIfClean, FormModal } from '../../../../components/FormModal';
import { useChannelForm } from '../../../../components/forms/useChannelForm';
import { ModalFooter } from '../../../../components/ModalFooter';
import { notifySaved } from '../../../../components/notify';
import { DateField } from './DateField';
import { PersonSpecAside } from './PersonSpecAside';
import { optionsOf } from './screening-format';

/**
 * Record an interview against the standard questions, with the person specification beside it.
 * A changed interview keeps the questions it was held with; a new one takes today's list.
 */
export function InterviewModal({
  mentorId,
  interview,
  questions,
  personSpec,
  onClose,
}: {
  mentorId: string;
  interview: MentorInterview | null;
  questions: InterviewQuestion[];
  personSpec: PersonSpecCriterion[];
  onClose(): void;
}) {
  const i = interview;
  const asked = i
    ? i.answers.map((a) => ({ id: a.questionId, text: a.question }))
    : questions.map((q) => ({ id: q.id, text: q.text }));
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(contract.screening.saveInterview, {
    initialValues: {
      ...(i ? { id: i.id } : {}),
      mentorId,
      heldOn: i?.heldOn ?? '',
      panel: i?.panel ?? '',
      answers: i
        ? i.answers.map((a) => ({ questionId: a.questionId, covered: a.covered, notes: a.notes }))
        : questions.map((q) => ({ questionId: q.id, covered: false, notes: '' })),
      outcome: i?.outcome ?? ('' as never),
      notes: i?.notes ?? '',
    },
    guard: false,
    onSaved: () => {
      notifySaved('Interview saved', 'The interview is recorded.');
      onClose();
    },
  });
  return (
    <FormModal
      opened
      title={i ? 'Change an interview' : 'Record an interview'}
      dirty={dirty}
      onClose={onClose}
      size="xl"
    >
      <form onSubmit={onSubmit} noValidate>
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Stack>
              <FormAlert>{formError}</FormAlert>
              <DateField label="Held on" required data-autofocus {...form.getInputProps('heldOn')} />
              <TextInput
                label="Panel"
                description="Who interviewed them"
                required
                {...form.getInputProps('panel')}
              />
              <Text fw={600} size="sm" component="h3" m={0}>
                Standard questions
              </Text>
              {asked.map((q, n) => (
                <Paper key={q.id} withBorder p="sm">
                  <Stack gap="xs">
                    <Text size="sm" id={`question-${n}`}>
                      {n + 1}. {q.text}
                    </Text>
                    <Checkbox
                      label="Covered"
                      aria-describedby={`question-${n}`}
                      {...form.getInputProps(`answers.${n}.covered`, { type: 'checkbox' })}
                    />
                    <Textarea
                      label={`Notes on question ${n + 1}`}
                      autosize
                      minRows={1}
                      {...form.getInputProps(`answers.${n}.notes`)}
                    />
                  </Stack>
                </Paper>
              ))}
              <Select
                label="Outcome"
                required
                placeholder="Choose the outcome"
                allowDeselect={false}
                data={optionsOf(INTERVIEW_OUTCOME_LABELS)}
                {...form.getInputProps('outcome')}
              />
              <Textarea label="Notes" autosize minRows={2} {...form.getInputProps('notes')} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <PersonSpecAside criteria={personSpec} />
          </Grid.Col>
        </Grid>
        <ModalFooter>
          <Button variant="default" onClick={() => void closeIfClean(dirty, onClose)}>
            Cancel
          </Button>
          <Button type="submit" loading={submitting}>
            Save interview
          </Button>
        </ModalFooter>
      </form>
    </FormModal>
  );
}
