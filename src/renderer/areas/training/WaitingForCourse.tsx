import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { contract } from '../../../shared/contract';
import type { TrainingSessionDetail } from '../../../shared/contract/training';
import { CLOSED_STAGES, type MentorStage } from '../../../shared/mentors/pipeline';
import { formatUkDate } from '../../../shared/uk-date';
import { errorMessage } from '../../api/api-error';
import { useChannelMutation, useChannelQuery } from '../../api/channels';
import { DetailSection } from '../../components/details/DetailSection';
import { FormAlert } from '../../components/FormAlert';
import { notifySaved } from '../../components/notify';
import { stageLabel } from './training-format';

/**
 * The course's waiting list beside its session: one press offers a waiting person a place here.
 * Someone who has since left (or was not selected) is shown with their stage and no offer, as the
 * core would refuse it.
 */
export function WaitingForCourse({
  session,
  mayPlace,
}: {
  session: TrainingSessionDetail;
  mayPlace: boolean;
}) {
  const list = useChannelQuery(contract.training.waitingList, { courseId: session.courseId });
  const place = useChannelMutation(contract.training.placeFromWaitingList);
  const [problem, setProblem] = useState<string | null>(null);
  const offer = async (waitingId: string, name: string) => {
    setProblem(null);
    try {
      await place.mutateAsync({ waitingId, sessionId: session.id });
      notifySaved('Place offered', `${name} is invited to this session.`);
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };
  return (
    <DetailSection title={`Waiting for ${session.courseTitle}`}>
      <FormAlert>{problem ?? (list.error ? errorMessage(list.error) : null)}</FormAlert>
      {list.data && !list.data.items.length && <Text c="dimmed">Nobody is waiting for this course.</Text>}
      <Stack gap="xs">
        {list.data?.items.map((w) => (
          <Group key={w.waitingId} justify="space-between" wrap="nowrap">
            <div>
              <Text size="sm" fw={500}>
                {w.name}
              </Text>
              <Text size="xs" c="dimmed">
                Waiting since {formatUkDate(w.addedOn)}
                {w.reason ? `: ${w.reason}` : ''}
              </Text>
            </div>
            {CLOSED_STAGES.includes(w.stage as MentorStage) ? (
              <Text size="sm" c="dimmed">
                {stageLabel(w.stage)}
              </Text>
            ) : (
              mayPlace &&
              !session.cancelled && (
                <Button
                  size="compact-sm"
                  variant="light"
                  aria-label={`Offer ${w.name} a place on this session`}
                  onClick={() => void offer(w.waitingId, w.name)}
                >
                  Offer a place
                </Button>
              )
            )}
          </Group>
        ))}
      </Stack>
    </DetailSection>
  );
}
