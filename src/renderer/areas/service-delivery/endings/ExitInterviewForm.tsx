import { Box, Button, Card, Group, Select, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { contract } from '../../../../shared/contract';
import type { ExitInterview } from '../../../../shared/contract/endings';
import { EXIT_PARTY_LABELS, EXIT_QUESTIONS } from '../../../../shared/matching/exit-interview';
import type { ExitParty } from '../../../../shared/matching/relationship';
import { ukToday } from '../../../../shared/mentors/dates';
import { formatUkDate } from '../../../../shared/uk-date';
import { FormAlert } from '../../../components/FormAlert';
import { useChannelForm } from '../../../components/forms/useChannelForm';
import { notifySaved } from '../../../components/notify';
import { IsoDateField } from '../../training/IsoDateField';

/**
 * The structured exit interview with one side, on the page: each question with a blank start
 * (any may be left unanswered). Saving again corrects it.
 */
export function ExitInterviewForm({
  matchId,
  party,
  saved,
  endedOn,
}: {
  matchId: string;
  party: ExitParty;
  saved: ExitInterview | undefined;
  endedOn: string | null;
}) {
  const questions = EXIT_QUESTIONS[party];
  // The quick choices first, side by side; then the open questions, full width.
  const choices = questions.filter((q) => q.kind === 'choice');
  const texts = questions.filter((q) => q.kind === 'text');
  const headingId = `exit-${party}-heading`;
  const { form, onSubmit, formError, submitting } = useChannelForm(contract.endings.saveExitInterview, {
    initialValues: {
      matchId,
      party,
      heldOn: saved?.heldOn ?? ukToday(new Date()),
      answers: Object.fromEntries(questions.map((q) => [q.key, saved?.answers[q.key] ?? ''])),
    },
    onSaved: () => notifySaved('Exit interview saved', `${EXIT_PARTY_LABELS[party]} is on the record.`),
  });
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" mb="xs">
        <Title order={3} fz="h5" id={headingId}>
          {EXIT_PARTY_LABELS[party]}
        </Title>
        <Text size="sm" c="dimmed">
          {saved ? `Recorded by ${saved.recordedByName}` : 'Not recorded yet'}
        </Text>
      </Group>
      <form onSubmit={onSubmit} noValidate aria-labelledby={headingId}>
        <Stack gap="sm">
          <FormAlert>{formError}</FormAlert>
          <Box maw={260}>
            <IsoDateField
              label="Held on"
              required
              description={endedOn ? `On or after the ending, ${formatUkDate(endedOn)}` : undefined}
              value={form.getValues().heldOn}
              onChange={(v) => form.setFieldValue('heldOn', v ?? '')}
              error={form.getInputProps('heldOn').error}
            />
          </Box>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" verticalSpacing="sm">
            {choices.map((q) => (
              <Select
                key={q.key}
                label={q.label}
                placeholder="Not answered"
                // Every question may be left unanswered: clearing the box puts it back to none.
                clearable
                clearButtonProps={{ 'aria-label': `Clear the answer: ${q.label}` }}
                data={(q.choices ?? []).map((c) => ({ value: c.key, label: c.label }))}
                {...form.getInputProps(`answers.${q.key}`)}
                // The form keeps '' for no answer; the box wants null, or it offers to clear nothing.
                value={(form.getInputProps(`answers.${q.key}`).value as string) || null}
                onChange={(chosen) => form.setFieldValue(`answers.${q.key}`, chosen ?? '')}
              />
            ))}
          </SimpleGrid>
          {texts.map((q) => (
            <Textarea
              key={q.key}
              label={q.label}
              autosize
              minRows={2}
              {...form.getInputProps(`answers.${q.key}`)}
            />
          ))}
          <Group justify="flex-end">
            <Button type="submit" loading={submitting}>
              {saved ? 'Save changes' : 'Save the interview'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
