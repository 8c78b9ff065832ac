import { Anchor, Box, Card, Group, Loader, Select, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { contract } from '../../../../shared/contract';
import type { BoardCard } from '../../../../shared/contract/mentors';
import { RECRUITMENT_STAGES, type MentorStage } from '../../../../shared/mentors/pipeline';
import { errorMessage } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { RouterLink } from '../../../app/RouterLink';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import { atStageText, stageLabel } from './mentor-format';
import { MENTORS_PATH, mentorPath } from './mentor-paths';
import './pipeline-board.css';

const PER_STAGE = 12;

/**
 * The recruitment pipeline: one column per stage with how many mentors are there, and the ones
 * waiting longest at the top. Each card is a link to the mentor, so Tab walks the board in order.
 */
export function PipelineBoardPage() {
  const [clusterId, setClusterId] = useState<string | null>(null);
  const board = useChannelQuery(contract.mentors.board, {
    perStage: PER_STAGE,
    ...(clusterId ? { clusterId } : {}),
  });
  const clusters = useChannelQuery(contract.establishments.clusters, {});
  const cards = new Map<MentorStage, BoardCard[]>();
  for (const c of board.data?.cards ?? []) cards.set(c.stage, [...(cards.get(c.stage) ?? []), c]);
  return (
    <Page
      title="Recruitment pipeline"
      description="Where each volunteer is, and who has waited longest at each step."
    >
      <Stack gap="md">
        <Select
          label="Cluster"
          placeholder="All clusters"
          data={(clusters.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          value={clusterId}
          onChange={setClusterId}
          clearable
          w={240}
        />
        <FormAlert title="The pipeline could not be loaded">
          {board.error ? errorMessage(board.error) : null}
        </FormAlert>
        {!board.data && !board.error && <Loader aria-label="Loading the pipeline" />}
        {board.data && (
          <>
            <BoardGroup
              title="Recruitment"
              columns={board.data.columns.filter((c) => RECRUITMENT_STAGES.includes(c.stage))}
              cards={cards}
            />
            <BoardGroup
              title="Ready and after"
              columns={board.data.columns.filter((c) => !RECRUITMENT_STAGES.includes(c.stage))}
              cards={cards}
            />
          </>
        )}
      </Stack>
    </Page>
  );
}

/** One row of the board: a column per stage, each a list of card links. */
function BoardGroup({
  title,
  columns,
  cards,
}: {
  title: string;
  columns: { stage: MentorStage; count: number }[];
  cards: Map<MentorStage, BoardCard[]>;
}) {
  const groupId = `board-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return (
    // min-width 0: the stage columns scroll inside the group instead of widening the page.
    <section aria-labelledby={groupId} style={{ minWidth: 0 }}>
      <Title order={2} fz="h4" id={groupId} mb="xs">
        {title}
      </Title>
      <Box className="pipeline-board" role="region" aria-label={`${title}: stages`} tabIndex={0}>
        {columns.map(({ stage, count }) => {
          const shown = cards.get(stage) ?? [];
          const headingId = `stage-${stage}`;
          return (
            <section key={stage} className="pipeline-column" aria-labelledby={headingId}>
              <Group justify="space-between" gap={4} mb="xs" wrap="nowrap" align="flex-start">
                <Title order={3} fz="sm" id={headingId}>
                  {stageLabel(stage)}
                </Title>
                <Text size="sm" fw={600}>
                  {count}
                  <VisuallyHidden> {count === 1 ? 'mentor' : 'mentors'}</VisuallyHidden>
                </Text>
              </Group>
              <Stack gap={6} component="ul" className="pipeline-cards">
                {shown.map((card) => (
                  <li key={card.id}>
                    <Card
                      component={RouterLink}
                      to={mentorPath(card.id)}
                      withBorder
                      padding="xs"
                      className="pipeline-card"
                    >
                      <Text size="sm" fw={600}>
                        {card.displayName}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {atStageText(card.daysInStage)}
                        {card.clusterName ? ` · ${card.clusterName}` : ''}
                      </Text>
                    </Card>
                  </li>
                ))}
              </Stack>
              {count > shown.length && (
                <Anchor
                  component={RouterLink}
                  to={`${MENTORS_PATH}?stages=${stage}&sortBy=stageSince`}
                  size="xs"
                >
                  All {count} at this stage
                </Anchor>
              )}
              {count === 0 && (
                <Text size="xs" c="dimmed">
                  Nobody
                </Text>
              )}
            </section>
          );
        })}
      </Box>
    </section>
  );
}
