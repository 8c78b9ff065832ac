import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { contract } from '../../../../shared/contract';
import { ukToday } from '../../../../shared/mentors/dates';
import { errorMessage } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { FormAlert } from '../../../components/FormAlert';
import { mayCall } from '../../../session/permissions';
import { useSignedIn } from '../../../session/session-context';
import { useModalState } from '../../service-development/mentors/screening/useModalState';
import { ukOrDash } from './plan-format';
import { ReviewCard } from './ReviewCard';
import { ReviewModal } from './ReviewModal';

/** The match's reviews, newest first, and recording the next one. */
export function MatchReviewsTab({ matchId }: { matchId: string }) {
  const { session } = useSignedIn();
  const found = useChannelQuery(contract.plans.reviews, { matchId });
  const modal = useModalState<true>();
  if (found.error)
    return <FormAlert title="The reviews could not be shown">{errorMessage(found.error)}</FormAlert>;
  if (!found.data) return <Loader aria-label="Loading the reviews" />;
  const r = found.data;
  const mayWrite = r.mayReview && mayCall(contract.plans.recordReview, session.roles);
  const overdue = r.mayReview && r.nextReviewDue !== null && r.nextReviewDue < ukToday(new Date());
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2} fz="h3">
            Reviews
          </Title>
          <Text size="sm" c="dimmed" maw={720}>
            Every {r.reviewMonths} months: how each pathway and goal is going, what the mentee and the mentor
            say they have gained, and whether the plan or the agreed length should change.
          </Text>
        </div>
        {mayWrite && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => modal.show(true)}>
            Record a review
          </Button>
        )}
      </Group>
      {r.mayReview && (
        <Alert color={overdue ? 'red' : 'blue'} title={overdue ? 'Review overdue' : 'Next review'}>
          {r.nextReviewDue ? `Due on ${ukOrDash(r.nextReviewDue)}.` : 'No review date set yet.'}
        </Alert>
      )}
      {r.items.length === 0 ? (
        <Text c="dimmed">No reviews recorded yet.</Text>
      ) : (
        r.items.map((review) => <ReviewCard key={review.id} review={review} />)
      )}
      {modal.open && <ReviewModal reviews={r} onClose={modal.close} />}
    </Stack>
  );
}
