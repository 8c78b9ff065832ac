import {
  Button,
  Card,
  Checkbox,
  Group,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { contract } from '../../../../../shared/contract';
import type { Match, MatchMeeting } from '../../../../../shared/contract/matches';
import {
  MEETING_ATTENDEE_LABELS,
  MEETING_ATTENDEES,
  MEETING_POINT_LABELS,
  MEETING_POINTS,
} from '../../../../../shared/matching/match';
import { DetailList } from '../../../../components/details/DetailSection';
import { FormAlert } from '../../../../components/FormAlert';
import { useChannelForm } from '../../../../components/forms/useChannelForm';
import { notifySaved } from '../../../../components/notify';
import { DateField } from '../../../service-development/mentors/screening/DateField';
import { BOTH_AGREED_STAGES, ukOrBlank } from '../match-format';

/**
 * The three-way matching meeting: when and where, who attended (someone from the service, the
 * prison or probation must be there) and the manual's checklist of points covered.
 */
export function MeetingSection({ match, mayWrite }: { match: Match; mayWrite: boolean }) {
  const [editing, setEditing] = useState(false);
  const editable = mayWrite && (BOTH_AGREED_STAGES as readonly string[]).includes(match.stage);
  const showForm = editable && (match.meeting === null || editing);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="match-meeting-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} fz="h4" id="match-meeting-title">
          Three-way matching meeting
        </Title>
        {editable && match.meeting && !editing && (
          <Button size="xs" variant="default" onClick={() => setEditing(true)}>
            Change the meeting record
          </Button>
        )}
      </Group>
      {showForm ? (
        <MeetingForm match={match} onDone={match.meeting ? () => setEditing(false) : undefined} />
      ) : match.meeting ? (
        <MeetingDetails meeting={match.meeting} />
      ) : (
        <Text c="dimmed">
          {match.stage === 'proposed' || match.stage === 'mentor_agreed'
            ? 'Held once both the mentor and the mentee have agreed to the match.'
            : 'Not held.'}
        </Text>
      )}
    </Card>
  );
}

/** The meeting as recorded (also used by the match file). */
export function MeetingDetails({ meeting: m }: { meeting: MatchMeeting }) {
  const missed = MEETING_POINTS.filter((p) => !m.pointsCovered.includes(p));
  return (
    <DetailList
      items={[
        { label: 'Held on', value: ukOrBlank(m.heldOn) },
        { label: 'Place', value: m.place },
        { label: 'Attended', value: m.attendees.map((a) => MEETING_ATTENDEE_LABELS[a]).join('; ') },
        { label: 'Names', value: m.attendeeNames },
        {
          label: `Points covered (${m.pointsCovered.length} of ${MEETING_POINTS.length})`,
          value: m.pointsCovered.map((p) => MEETING_POINT_LABELS[p]).join('; '),
          wide: true,
        },
        ...(missed.length
          ? [
              {
                label: 'Not covered',
                value: missed.map((p) => MEETING_POINT_LABELS[p]).join('; '),
                wide: true,
              },
            ]
          : []),
        { label: 'Next meeting', value: ukOrBlank(m.nextMeetingOn) },
        { label: 'Notes', value: m.notes, wide: true },
      ]}
    />
  );
}

function MeetingForm({ match, onDone }: { match: Match; onDone?(): void }) {
  const m = match.meeting;
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(contract.matches.saveMeeting, {
    initialValues: {
      matchId: match.id,
      heldOn: m?.heldOn ?? '',
      place: m?.place ?? '',
      attendees: m?.attendees ?? [],
      attendeeNames: m?.attendeeNames ?? '',
      pointsCovered: m?.pointsCovered ?? [],
      nextMeetingOn: m?.nextMeetingOn ?? '',
      notes: m?.notes ?? '',
    },
    draftKey: `${match.id}:meeting`,
    onSaved: () => {
      notifySaved('Meeting recorded', 'The three-way matching meeting is recorded.');
      onDone?.();
    },
  });
  const covered = form.getValues().pointsCovered ?? [];
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Three-way matching meeting">
      <Stack>
        <FormAlert>{formError}</FormAlert>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateField label="Held on" required {...form.getInputProps('heldOn')} />
          <TextInput label="Place" required {...form.getInputProps('place')} />
        </SimpleGrid>
        <Checkbox.Group
          label="Who attended, besides the mentor and the mentee"
          description="The co-ordinator, prison staff or the statutory case manager must be there"
          required
          {...form.getInputProps('attendees')}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} mt={6} spacing={6}>
            {MEETING_ATTENDEES.map((a) => (
              <Checkbox key={a} value={a} label={MEETING_ATTENDEE_LABELS[a]} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <TextInput label="Their names" {...form.getInputProps('attendeeNames')} />
        <Checkbox.Group
          label="Points covered"
          description={`${covered.length} of ${MEETING_POINTS.length} ticked`}
          {...form.getInputProps('pointsCovered')}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} mt={6} spacing={6}>
            {MEETING_POINTS.map((p) => (
              <Checkbox key={p} value={p} label={MEETING_POINT_LABELS[p]} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateField label="Next meeting" {...form.getInputProps('nextMeetingOn')} />
        </SimpleGrid>
        <Textarea label="Notes" autosize minRows={2} {...form.getInputProps('notes')} />
        <Group justify="flex-end">
          {onDone && (
            <Button variant="default" onClick={onDone}>
              Cancel
            </Button>
          )}
          <Button type="submit" loading={submitting} disabled={m !== null && !dirty}>
            Save the meeting
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
