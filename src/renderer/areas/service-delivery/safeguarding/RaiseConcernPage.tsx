import { Alert, Anchor, Button, Grid, Group, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { contract } from '../../../../shared/contract';
import { ukToday } from '../../../../shared/mentors/dates';
import { useChannelQuery } from '../../../api/channels';
import { RouterLink } from '../../../app/RouterLink';
import { FormAlert } from '../../../components/FormAlert';
import { useChannelForm } from '../../../components/forms/useChannelForm';
import { Page } from '../../../components/Page';
import { mayCall } from '../../../session/permissions';
import { useSignedIn } from '../../../session/session-context';
import { IsoDateField } from '../../training/IsoDateField';
import { ABOUT_OPTIONS, KIND_OPTIONS } from './safeguarding-format';
import { SAFEGUARDING_PATH } from './safeguarding-paths';

const UUID = /^[0-9a-f-]{36}$/i;

/** The name of the mentee or mentor the form was opened from, when the caller may read it. */
function useLinkedName(menteeId: string | null, mentorId: string | null): string | null {
  const { session } = useSignedIn();
  const mentee = useChannelQuery(
    contract.mentees.get,
    { id: menteeId ?? '' },
    { enabled: !!menteeId && mayCall(contract.mentees.get, session.roles) },
  );
  const mentor = useChannelQuery(
    contract.mentors.get,
    { id: mentorId ?? '' },
    { enabled: !!mentorId && mayCall(contract.mentors.get, session.roles) },
  );
  return mentee.data?.displayName ?? mentor.data?.displayName ?? null;
}

/**
 * Raise a safeguarding concern or record a disclosure: open to every case role. It goes straight
 * to the safeguarding lead; the person raising it gets its reference and cannot open it again, so
 * the form keeps no draft (nothing of it is left behind on this computer's account).
 */
export function RaiseConcernPage() {
  const [params] = useSearchParams();
  const menteeId = UUID.test(params.get('menteeId') ?? '') ? params.get('menteeId') : null;
  const mentorId = !menteeId && UUID.test(params.get('mentorId') ?? '') ? params.get('mentorId') : null;
  const linkedName = useLinkedName(menteeId, mentorId);
  const [raised, setRaised] = useState<string | null>(null);
  const { session } = useSignedIn();
  const { form, onSubmit, formError, submitting } = useChannelForm(contract.safeguarding.raise, {
    initialValues: {
      kind: 'adult_safeguarding',
      aboutKind: menteeId ? 'mentee' : mentorId ? 'mentor' : 'mentee',
      aboutName: '',
      menteeId,
      mentorId,
      raisedOn: ukToday(new Date()),
      disclosure: '',
      immediateAction: '',
    },
    onSaved: (out) => {
      form.reset();
      setRaised(out.reference);
    },
  });
  const values = form.getValues();

  if (raised)
    return (
      <Page title="Concern raised">
        <Alert icon={<IconShieldCheck size={20} aria-hidden />} color="green" title={`Reference ${raised}`}>
          <Stack gap="xs">
            <Text>
              The safeguarding lead has it now. Keep the reference if you need to speak to them about it; the
              details are not shown to anyone else.
            </Text>
            <Text>If a child or adult is in immediate danger, call 999.</Text>
          </Stack>
        </Alert>
        <Group>
          <Button variant="default" onClick={() => setRaised(null)}>
            Raise another concern
          </Button>
          {mayCall(contract.safeguarding.list, session.roles) && (
            <Anchor component={RouterLink} to={SAFEGUARDING_PATH}>
              Back to Safeguarding
            </Anchor>
          )}
        </Group>
      </Page>
    );

  return (
    <Page
      title="Raise a safeguarding concern"
      description="Record what was disclosed to you or what you saw or heard. It goes to the safeguarding lead only."
    >
      <Alert color="orange" title="If someone is in immediate danger">
        Call 999 first, then record it here.
      </Alert>
      <form onSubmit={onSubmit} noValidate>
        <Stack maw={760}>
          <FormAlert>{formError}</FormAlert>
          <Grid gap="sm">
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Select
                label="Kind of concern"
                required
                allowDeselect={false}
                data={KIND_OPTIONS}
                data-autofocus
                {...form.getInputProps('kind')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <IsoDateField
                label="Date of the disclosure or what you saw"
                required
                value={values.raisedOn}
                onChange={(v) => form.setFieldValue('raisedOn', v ?? '')}
                error={form.getInputProps('raisedOn').error}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Select
                label="Who it is about"
                required
                allowDeselect={false}
                data={ABOUT_OPTIONS}
                {...form.getInputProps('aboutKind')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label="Their name, if known"
                description={
                  linkedName
                    ? `Linked to ${linkedName}`
                    : menteeId || mentorId
                      ? 'Linked to the record you came from'
                      : 'For a child or adult, a first name and age is enough'
                }
                {...form.getInputProps('aboutName')}
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <Textarea
                label="What was disclosed or observed"
                description="In the person’s own words where you can; facts, not opinions"
                required
                autosize
                minRows={5}
                {...form.getInputProps('disclosure')}
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <Textarea
                label="What you did straight away"
                autosize
                minRows={2}
                {...form.getInputProps('immediateAction')}
              />
            </Grid.Col>
          </Grid>
          <Group>
            <Button type="submit" loading={submitting}>
              Send to the safeguarding lead
            </Button>
          </Group>
        </Stack>
      </form>
    </Page>
  );
}
