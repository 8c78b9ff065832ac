import { Alert, Button, Group, Loader, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { contract } from '../../../../../shared/contract';
import type { MentorEquality } from '../../../../../shared/contract/screening';
import {
  AGE_BAND_LABELS,
  DISABILITY_LABELS,
  ETHNICITY_GROUPS,
  GENDER_LABELS,
  RELIGIONS,
  SEXUAL_ORIENTATIONS,
} from '../../../../../shared/mentors/equality';
import { errorMessage } from '../../../../api/api-error';
import { useChannelQuery } from '../../../../api/channels';
import { FormAlert } from '../../../../components/FormAlert';
import { useChannelForm } from '../../../../components/forms/useChannelForm';
import { notifySaved } from '../../../../components/notify';
import { mayCall } from '../../../../session/permissions';
import { useSignedIn } from '../../../../session/session-context';
import { DateField } from './DateField';
import { optionsOf, ukDate } from './screening-format';

/** The ONS 2021 ethnic groups as a grouped list, "Prefer not to say" last on its own. */
const ETHNICITY_OPTIONS = [
  ...Object.entries(ETHNICITY_GROUPS).map(([group, items]) => ({
    group,
    items: items.map((e) => ({ value: e, label: e })),
  })),
  { group: 'Or', items: [{ value: 'Prefer not to say', label: 'Prefer not to say' }] },
];

/**
 * Equality monitoring answers (standard 9), kept apart from the rest of the record and seen only
 * by co-ordinators. Every question has "prefer not to say"; religion and sexual orientation may be
 * left unasked.
 */
export function MentorEqualityTab({ mentorId }: { mentorId: string }) {
  const { session } = useSignedIn();
  if (!mayCall(contract.screening.equality, session.roles))
    return (
      <Text c="dimmed">
        Equality monitoring answers are seen by co-ordinators only. The Equality of recruitment screen shows
        the figures for all mentors.
      </Text>
    );
  return <EqualityAnswers mentorId={mentorId} />;
}

function EqualityAnswers({ mentorId }: { mentorId: string }) {
  const found = useChannelQuery(contract.screening.equality, { mentorId });
  if (found.error)
    return <FormAlert title="Equality answers could not be shown">{errorMessage(found.error)}</FormAlert>;
  if (!found.data) return <Loader aria-label="Loading equality answers" />;
  // Fresh answers from the core (after the first save) fill the form again, dates included.
  return <EqualityForm key={found.data.recordedOn ?? 'new'} answers={found.data} />;
}

function EqualityForm({ answers: a }: { answers: MentorEquality }) {
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(contract.screening.saveEquality, {
    initialValues: {
      mentorId: a.mentorId,
      ageBand: (a.ageBand ?? '') as never,
      gender: (a.gender ?? '') as never,
      ethnicity: a.ethnicity ?? '',
      disability: (a.disability ?? '') as never,
      religion: (a.religion ?? null) as never,
      sexualOrientation: (a.sexualOrientation ?? null) as never,
      recordedOn: a.recordedOn ?? '',
    },
    onSaved: () => notifySaved('Equality answers saved', 'The answers are recorded.'),
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Equality monitoring answers">
      <Stack maw={760}>
        <Alert variant="light" color="blue">
          These answers are kept apart from the mentor’s record. Only co-ordinators see them; everyone else
          sees totals for all mentors, with small numbers hidden.
        </Alert>
        {a.recorded ? (
          <Text size="sm" c="dimmed">
            Answered on {ukDate(a.recordedOn)}.
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            Not answered yet.
          </Text>
        )}
        <FormAlert>{formError}</FormAlert>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label="Age band"
            required
            allowDeselect={false}
            data={optionsOf(AGE_BAND_LABELS)}
            {...form.getInputProps('ageBand')}
          />
          <Select
            label="Gender"
            required
            allowDeselect={false}
            data={optionsOf(GENDER_LABELS)}
            {...form.getInputProps('gender')}
          />
          <Select
            label="Ethnic group"
            description="Census 2021 categories"
            required
            searchable
            allowDeselect={false}
            data={ETHNICITY_OPTIONS}
            {...form.getInputProps('ethnicity')}
          />
          <Select
            label="Do they consider themselves disabled?"
            required
            allowDeselect={false}
            data={optionsOf(DISABILITY_LABELS)}
            {...form.getInputProps('disability')}
          />
          <Select
            label="Religion"
            description="Optional: leave empty if not asked"
            clearable
            data={[...RELIGIONS]}
            {...form.getInputProps('religion')}
          />
          <Select
            label="Sexual orientation"
            description="Optional: leave empty if not asked"
            clearable
            data={[...SEXUAL_ORIENTATIONS]}
            {...form.getInputProps('sexualOrientation')}
          />
          <DateField
            label="Answered on"
            description="Left empty: today"
            {...form.getInputProps('recordedOn')}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={submitting} disabled={!dirty && a.recorded}>
            Save equality answers
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
