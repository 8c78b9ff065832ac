import { Button, Group, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { contract } from '../../../../shared/contract';
import type { Mentee } from '../../../../shared/contract/mentees';
import { ukToday } from '../../../../shared/mentors/dates';
import { useChannelQuery } from '../../../api/channels';
import { navigate } from '../../../app/router';
import { RouterLink } from '../../../app/RouterLink';
import { FormAlert } from '../../../components/FormAlert';
import { DraftOfferAlert } from '../../../components/forms/DraftOfferAlert';
import { useChannelForm } from '../../../components/forms/useChannelForm';
import { notifySaved } from '../../../components/notify';
import { Page } from '../../../components/Page';
import { DateField } from '../../service-development/mentors/screening/DateField';
import { establishmentOptions } from './mentee-format';
import { MENTEES_PATH, menteePath } from './mentee-paths';

const m = contract.mentees;

/**
 * The short form for a wing slip or leaflet reply: who asked, where they are and what they would
 * like help with. The rest of the record is filled in once someone has met them.
 */
export function SelfReferralPage() {
  const establishments = useChannelQuery(contract.establishments.list, { pageSize: 200 });
  const { form, onSubmit, formError, submitting, draft } = useChannelForm(m.selfReferral, {
    initialValues: {
      firstName: '',
      lastName: '',
      prisonNumber: '',
      establishmentId: null,
      location: '',
      wantsHelpWith: '',
      receivedOn: ukToday(new Date()),
    } as never,
    onSaved: async (out: Mentee) => {
      notifySaved('Self-referral recorded', `${out.displayName} is referred as ${out.reference}.`);
      await navigate(menteePath(out.id), { force: true });
    },
    draftKey: 'self-referral',
  });
  return (
    <Page
      title="Self-referral slip"
      description="Someone has asked for a mentor themselves, on a wing slip or a leaflet reply."
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md" maw={720}>
          <DraftOfferAlert draft={draft} />
          <FormAlert>{formError}</FormAlert>
          <SimpleGrid cols={{ base: 1, sm: 2 }} style={{ alignItems: 'end' }}>
            <TextInput label="First name" required {...form.getInputProps('firstName')} />
            <TextInput label="Last name" required {...form.getInputProps('lastName')} />
            <TextInput
              label="Prison number"
              description="For example, A1234BC"
              {...form.getInputProps('prisonNumber')}
            />
            <Select
              label="Establishment"
              placeholder="Choose where they are held"
              data={establishmentOptions(establishments.data?.items)}
              searchable
              clearable
              nothingFoundMessage="No establishment has that name"
              {...form.getInputProps('establishmentId')}
            />
            <TextInput
              label="Wing or location"
              description="As written on the slip"
              {...form.getInputProps('location')}
            />
            <DateField label="Date received" required {...form.getInputProps('receivedOn')} />
          </SimpleGrid>
          <Textarea
            label="What they would like help with"
            autosize
            minRows={3}
            maxRows={10}
            {...form.getInputProps('wantsHelpWith')}
          />
          <Text size="sm" c="dimmed">
            Asking for a mentor is their own choice; their consent is recorded when someone meets them.
          </Text>
          <Group>
            <Button type="submit" loading={submitting}>
              Record the slip
            </Button>
            <Button variant="default" component={RouterLink} to={MENTEES_PATH}>
              Cancel
            </Button>
          </Group>
        </Stack>
      </form>
    </Page>
  );
}
