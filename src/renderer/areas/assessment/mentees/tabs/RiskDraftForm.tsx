import { Card, Grid, Group, Radio, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { contract } from '../../../../../shared/contract';
import type { MenteeRiskAssessment } from '../../../../../shared/contract/assessment';
import {
  RISK_LEVEL_LABELS,
  RISK_QUESTIONS,
  RISK_SOURCE_LABELS,
} from '../../../../../shared/mentees/assessment';
import { FormAlert } from '../../../../components/FormAlert';
import { useChannelForm } from '../../../../components/forms/useChannelForm';
import { notifySaved } from '../../../../components/notify';
import { DateField } from '../../../service-development/mentors/screening/DateField';
import { optionsOf } from '../../../service-development/mentors/screening/screening-format';
import { RISK_ANSWER_LABELS } from './assessment-format';
import { RiskConclusion } from '../../../../components/risk/RiskConclusion';

/**
 * The draft risk assessment: the twelve questions as a compact grid (yes / no / not known, with
 * notes), where the information came from, the overall level and the mentor's safeguards. With
 * `draft` it changes that unsigned version; with only `from` it starts the next version from a
 * signed-off one (a review).
 */
export function RiskDraftForm({
  menteeId,
  draft,
  from,
  onSaved,
  onCancel,
}: {
  menteeId: string;
  draft: MenteeRiskAssessment | null;
  from: MenteeRiskAssessment | null;
  onSaved?(saved: MenteeRiskAssessment): void;
  onCancel?(): void;
}) {
  const base = draft ?? from;
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(contract.assessment.saveRiskDraft, {
    initialValues: {
      ...(draft ? { id: draft.id } : {}),
      menteeId,
      answers: Object.fromEntries(
        RISK_QUESTIONS.map((q) => [
          q.key,
          { answer: base?.answers[q.key]?.answer ?? 'unknown', notes: base?.answers[q.key]?.notes ?? '' },
        ]),
      ),
      sourceDocument: base?.sourceDocument ?? null,
      sourceReference: base?.sourceReference ?? '',
      sourceDated: base?.sourceDated ?? '',
      overallLevel: base?.overallLevel ?? ('' as never),
      safeguards: base?.safeguards ?? '',
      assessor: base?.assessor ?? '',
      // A review is a new assessment: its dates are entered afresh.
      assessedOn: draft?.assessedOn ?? '',
      reviewDue: draft?.reviewDue ?? '',
    },
    draftKey: `${menteeId}:${draft?.id ?? 'new'}`,
    onSaved: (saved) => {
      notifySaved('Draft saved', `Version ${saved.version} of the risk assessment is saved as a draft.`);
      onSaved?.(saved);
    },
  });
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="risk-draft-title">
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <div>
            <Title order={2} fz="h4" id="risk-draft-title">
              {draft
                ? `Draft: version ${draft.version}`
                : from
                  ? `New review (version ${from.version + 1})`
                  : 'New risk assessment'}
            </Title>
            <Text size="sm" c="dimmed">
              Answer each question from what you know and from the source documents. Save as you go; sign off
              when it is complete.
            </Text>
          </div>
          <FormAlert>{formError}</FormAlert>
          <Stack gap={0} role="group" aria-label="The twelve risk questions">
            {RISK_QUESTIONS.map((q, i) => (
              <Grid
                key={q.key}
                gap="xs"
                py={6}
                style={i > 0 ? { borderTop: '1px solid var(--mantine-color-default-border)' } : undefined}
              >
                <Grid.Col span={{ base: 12, md: 7 }}>
                  <Radio.Group
                    label={`${i + 1}. ${q.text}`}
                    {...form.getInputProps(`answers.${q.key}.answer`)}
                  >
                    <Group gap="md" mt={4}>
                      {optionsOf(RISK_ANSWER_LABELS).map((o) => (
                        <Radio key={o.value} value={o.value} label={o.label} size="xs" />
                      ))}
                    </Group>
                  </Radio.Group>
                </Grid.Col>
                <Grid.Col span={{ base: 12, md: 5 }}>
                  <TextInput
                    size="xs"
                    aria-label={`Notes on question ${i + 1}`}
                    placeholder="Notes"
                    {...form.getInputProps(`answers.${q.key}.notes`)}
                  />
                </Grid.Col>
              </Grid>
            ))}
          </Stack>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select
              label="Source document"
              clearable
              data={optionsOf(RISK_SOURCE_LABELS)}
              {...form.getInputProps('sourceDocument')}
            />
            <TextInput label="Source reference" {...form.getInputProps('sourceReference')} />
            <DateField label="Source dated" {...form.getInputProps('sourceDated')} />
          </SimpleGrid>
          <RiskConclusion
            form={form}
            levels={optionsOf(RISK_LEVEL_LABELS)}
            measures={{
              field: 'safeguards',
              label: 'Safeguards recommended for the mentor',
              description: 'Needed when the overall level is high or very high',
            }}
            submitting={submitting}
            saveDisabled={draft !== null && !dirty}
            onCancel={onCancel}
          />
        </Stack>
      </form>
    </Card>
  );
}
