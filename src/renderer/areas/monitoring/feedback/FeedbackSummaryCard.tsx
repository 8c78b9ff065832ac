import { Card, SimpleGrid, Text, Title } from '@mantine/core';
import { contract } from '../../../../shared/contract';
import type { FeedbackSummary } from '../../../../shared/contract/feedback';
import { quarterOf } from '../../../../shared/feedback/feedback.rules';
import { ukToday } from '../../../../shared/mentors/dates';
import { errorMessage } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { FormAlert } from '../../../components/FormAlert';
import { averageText, countText, FROM_FIGURE_LABELS } from './feedback-format';

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text component="dd" m={0} fz="xl" fw={700}>
        {value}
      </Text>
    </div>
  );
}

/** The quarter's figures: all feedback, the average rating and how many came from each kind of person. */
export function SummaryFigures({ summary }: { summary: FeedbackSummary }) {
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md" component="dl" m={0}>
      <Figure label="All feedback" value={String(summary.total)} />
      <Figure label="Average rating" value={averageText(summary.averageRating)} />
      {summary.byFrom
        .filter((c) => c.exact !== 0 && c.shown !== 0)
        .map((c) => (
          <Figure key={c.fromKind} label={FROM_FIGURE_LABELS[c.fromKind]} value={countText(c)} />
        ))}
    </SimpleGrid>
  );
}

/** This quarter's feedback counts (standard 26). */
export function FeedbackSummaryCard() {
  const quarter = quarterOf(ukToday(new Date()));
  const summary = useChannelQuery(contract.feedback.summary, { from: quarter.from, to: quarter.to });
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="feedback-summary-heading">
      <Title order={2} fz="h5" id="feedback-summary-heading" mb="xs">
        Feedback received, {quarter.label}
      </Title>
      <FormAlert title="The figures could not be loaded">
        {summary.error ? errorMessage(summary.error) : null}
      </FormAlert>
      {summary.data && <SummaryFigures summary={summary.data} />}
    </Card>
  );
}
