import { useRef } from 'react';
import { Button, Select, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { contract } from '../../../../shared/contract';
import type { MatchReviews } from '../../../../shared/contract/plans';
import { addMonths, ukToday } from '../../../../shared/mentors/dates';
import { formatUkDate } from '../../../../shared/uk-date';
import { FormAlert } from '../../../components/FormAlert';
import { closeIfClean, FormModal } from '../../../components/FormModal';
import { useChannelForm } from '../../../components/forms/useChannelForm';
import { ModalFooter } from '../../../components/ModalFooter';
import { notifySaved } from '../../../components/notify';
import { DateField } from '../../service-development/mentors/screening/DateField';
import { pathwayLabel, RATING_OPTIONS } from './plan-format';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Record a three-monthly review: a rating for each pathway with goals or needs and for each goal,
 * what each side says they gained, changes to the plan or the agreed length, and the next date
 * (the review date plus the programme's months, until changed by hand).
 */
export function ReviewModal({ reviews: r, onClose }: { reviews: MatchReviews; onClose(): void }) {
  const today = ukToday(new Date());
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(contract.plans.recordReview, {
    initialValues: {
      matchId: r.matchId,
      heldOn: today,
      pathwayRatings: Object.fromEntries(r.pathwaysToRate.map((p) => [p, '' as const])),
      goalRatings: Object.fromEntries(r.goalsToRate.map((g) => [g.id, '' as const])),
      achievements: '',
      menteeGained: '',
      mentorGained: '',
      planChanges: '',
      lengthChange: '',
      nextReviewDue: addMonths(today, r.reviewMonths),
    },
    guard: false,
    onSaved: (review) => {
      notifySaved('Review recorded', `The next review is due on ${formatUkDate(review.nextReviewDue)}.`);
      onClose();
    },
  });
  // The next date follows the review date while it is still the one worked out from the last
  // complete review date typed (a half-typed date in between does not count).
  const lastHeld = useRef(today);
  form.watch('heldOn', ({ value }) => {
    if (typeof value !== 'string' || !ISO.test(value)) return;
    const next = form.getValues().nextReviewDue;
    if (!next || next === addMonths(lastHeld.current, r.reviewMonths))
      form.setFieldValue('nextReviewDue', addMonths(value, r.reviewMonths));
    lastHeld.current = value;
  });
  const ratingSelect = (path: string, label: string) => {
    const props = form.getInputProps(path);
    return (
      <Select
        key={path}
        label={label}
        placeholder="Not rated"
        data={RATING_OPTIONS}
        clearable
        value={(props.value as string) || null}
        onChange={(v) => form.setFieldValue(path as never, (v ?? '') as never)}
        error={props.error}
      />
    );
  };
  return (
    <FormModal opened title="Record a review" dirty={dirty} onClose={onClose} size="xl">
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormAlert>{formError}</FormAlert>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateField
              label="Held on"
              description="The day of the review meeting."
              required
              data-autofocus
              {...form.getInputProps('heldOn')}
            />
            <DateField
              label="Next review"
              description={`${r.reviewMonths} months on, unless agreed otherwise.`}
              {...form.getInputProps('nextReviewDue')}
            />
          </SimpleGrid>
          <Title order={3} fz="h5">
            Progress on each pathway
          </Title>
          {r.pathwaysToRate.length === 0 ? (
            <Text size="sm" c="dimmed">
              No pathway has goals or an assessed need yet.
            </Text>
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {r.pathwaysToRate.map((p) => ratingSelect(`pathwayRatings.${p}`, pathwayLabel(p)))}
            </SimpleGrid>
          )}
          <FormAlert title="Goal ratings">{form.errors.goalRatings}</FormAlert>
          <Title order={3} fz="h5">
            Progress on each goal
          </Title>
          {r.goalsToRate.length === 0 ? (
            <Text size="sm" c="dimmed">
              The action plan has no goals to rate.
            </Text>
          ) : (
            <Stack gap="sm">
              {r.goalsToRate.map((g) => ratingSelect(`goalRatings.${g.id}`, g.specific))}
            </Stack>
          )}
          <Textarea
            label="What has been achieved"
            autosize
            minRows={2}
            {...form.getInputProps('achievements')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Textarea
              label="What the mentee says they have gained"
              description="In their own words where you can."
              autosize
              minRows={2}
              {...form.getInputProps('menteeGained')}
            />
            <Textarea
              label="What the mentor says they have gained"
              description="Mentors are often modest: draw it out."
              autosize
              minRows={2}
              {...form.getInputProps('mentorGained')}
            />
          </SimpleGrid>
          <Textarea
            label="Changes to the action plan"
            description="Circumstances change after release: goals to add, change or let go."
            autosize
            minRows={2}
            {...form.getInputProps('planChanges')}
          />
          <Textarea
            label="Changes to the agreed length"
            description="Whether the ending should come sooner, stay as agreed or be extended, and why."
            autosize
            minRows={1}
            {...form.getInputProps('lengthChange')}
          />
          <ModalFooter>
            <Button variant="default" onClick={() => void closeIfClean(dirty, onClose)}>
              Cancel
            </Button>
            <Button type="submit" loading={submitting}>
              Save the review
            </Button>
          </ModalFooter>
        </Stack>
      </form>
    </FormModal>
  );
}
