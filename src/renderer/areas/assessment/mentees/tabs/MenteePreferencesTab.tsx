import {
  Alert,
  Button,
  Card,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { contract } from '../../../../../shared/contract';
import type { MenteePreferences } from '../../../../../shared/contract/assessment';
import { errorMessage } from '../../../../api/api-error';
import { useChannelQuery } from '../../../../api/channels';
import { FormAlert } from '../../../../components/FormAlert';
import { useChannelForm } from '../../../../components/forms/useChannelForm';
import { notifySaved } from '../../../../components/notify';
import { mayCall } from '../../../../session/permissions';
import { useSignedIn } from '../../../../session/session-context';
import { NeedsTable } from './NeedsTable';

/**
 * What the mentee would like in a mentor (flagged for a co-ordinator when a preference could be
 * prejudicial) and their resettlement needs on the seven pathways.
 */
export function MenteePreferencesTab({ menteeId }: { menteeId: string }) {
  const { session } = useSignedIn();
  const found = useChannelQuery(contract.assessment.preferences, { menteeId });
  const mayWrite = mayCall(contract.assessment.savePreferences, session.roles);
  const mayReview = mayCall(contract.assessment.reviewPreferences, session.roles);
  if (found.error)
    return <FormAlert title="Preferences could not be shown">{errorMessage(found.error)}</FormAlert>;
  if (!found.data) return <Loader aria-label="Loading preferences" />;
  const p = found.data;
  return (
    <Stack gap="lg">
      {p.needsReview && (
        <Alert color="orange" title="A co-ordinator needs to look at these preferences">
          A preference about a mentor’s ethnicity, or one that rules out a group of people, could be
          prejudicial. It is not used in matching until a co-ordinator has recorded their view.
        </Alert>
      )}
      <PreferencesForm key={JSON.stringify(p)} menteeId={menteeId} preferences={p} mayWrite={mayWrite} />
      {(p.needsReview || p.coordinatorView) && (
        <ReviewForm
          key={`review-${p.coordinatorView}`}
          menteeId={menteeId}
          preferences={p}
          mayReview={mayReview}
        />
      )}
      <NeedsTable menteeId={menteeId} mayWrite={mayWrite} />
    </Stack>
  );
}

function PreferencesForm({
  menteeId,
  preferences: p,
  mayWrite,
}: {
  menteeId: string;
  preferences: MenteePreferences;
  mayWrite: boolean;
}) {
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(
    contract.assessment.savePreferences,
    {
      initialValues: {
        menteeId,
        gender: p.gender,
        ageRange: p.ageRange,
        ethnicity: p.ethnicity,
        sharedInterests: p.sharedInterests,
        other: p.other,
      },
      guard: false,
      onSaved: (saved) =>
        notifySaved(
          'Preferences saved',
          saved.needsReview
            ? 'Saved, and flagged for a co-ordinator to look at.'
            : 'The preferences are recorded.',
        ),
    },
  );
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="preferences-title">
      <Title order={2} fz="h4" id="preferences-title">
        Preferences for a mentor
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Leave blank where they have no preference.
      </Text>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormAlert>{formError}</FormAlert>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label="Gender" readOnly={!mayWrite} {...form.getInputProps('gender')} />
            <TextInput label="Age range" readOnly={!mayWrite} {...form.getInputProps('ageRange')} />
            <TextInput label="Ethnicity" readOnly={!mayWrite} {...form.getInputProps('ethnicity')} />
          </SimpleGrid>
          <TextInput
            label="Shared interests"
            readOnly={!mayWrite}
            {...form.getInputProps('sharedInterests')}
          />
          <Textarea
            label="Anything else"
            autosize
            minRows={2}
            readOnly={!mayWrite}
            {...form.getInputProps('other')}
          />
          {mayWrite && (
            <Group justify="flex-end">
              <Button type="submit" loading={submitting} disabled={!dirty}>
                Save preferences
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Card>
  );
}

function ReviewForm({
  menteeId,
  preferences: p,
  mayReview,
}: {
  menteeId: string;
  preferences: MenteePreferences;
  mayReview: boolean;
}) {
  const { form, onSubmit, formError, submitting } = useChannelForm(contract.assessment.reviewPreferences, {
    initialValues: { menteeId, coordinatorView: p.coordinatorView },
    guard: false,
    onSaved: () => notifySaved('View recorded', 'The preferences are no longer flagged.'),
  });
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="preferences-view-title">
      <Title order={2} fz="h4" id="preferences-view-title" mb="sm">
        Co-ordinator’s view
      </Title>
      {mayReview ? (
        <form onSubmit={onSubmit} noValidate>
          <Stack>
            <FormAlert>{formError}</FormAlert>
            <Textarea
              label="Your view of these preferences"
              description="What was discussed with them, and whether the preference is used in matching"
              required
              autosize
              minRows={2}
              {...form.getInputProps('coordinatorView')}
            />
            <Group justify="flex-end">
              <Button type="submit" loading={submitting}>
                Record view
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <Text size="sm">{p.coordinatorView || 'Waiting for a co-ordinator.'}</Text>
      )}
    </Card>
  );
}
