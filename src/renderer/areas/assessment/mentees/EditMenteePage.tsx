import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  Loader,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useParams } from 'react-router';
import { contract } from '../../../../shared/contract';
import type { Mentee } from '../../../../shared/contract/mentees';
import {
  CONSENT_METHOD_LABELS,
  CUSTODY_STATUS_LABELS,
  OFFENCE_CATEGORY_LABELS,
  SENTENCE_TYPE_LABELS,
} from '../../../../shared/mentees/referral';
import { errorMessage } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { navigate } from '../../../app/router';
import { RouterLink } from '../../../app/RouterLink';
import { FormAlert } from '../../../components/FormAlert';
import { DraftOfferAlert } from '../../../components/forms/DraftOfferAlert';
import { useChannelForm } from '../../../components/forms/useChannelForm';
import { notifySaved } from '../../../components/notify';
import { Page } from '../../../components/Page';
import { EMPLOYMENT_OPTIONS, LEARNING_STYLE_OPTIONS } from '../../service-development/mentors/mentor-format';
import { DateField } from '../../service-development/mentors/screening/DateField';
import { menteePath } from './mentee-paths';

const m = contract.mentees;
const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

/** Change a mentee's details (where they are held changes through "Record a move"). */
export function EditMenteePage() {
  const { id = '' } = useParams();
  const found = useChannelQuery(m.get, { id });
  if (found.error)
    return (
      <Page title="Change a mentee’s details">
        <FormAlert title="The mentee could not be loaded">{errorMessage(found.error)}</FormAlert>
      </Page>
    );
  if (!found.data) return <Loader aria-label="Loading the mentee" />;
  return <EditMentee key={found.data.id} mentee={found.data} />;
}

function EditMentee({ mentee: x }: { mentee: Mentee }) {
  const { form, onSubmit, formError, submitting, draft } = useChannelForm(m.update, {
    initialValues: {
      id: x.id,
      firstName: x.firstName,
      lastName: x.lastName,
      preferredName: x.preferredName,
      dateOfBirth: x.dateOfBirth,
      gender: x.gender ?? '',
      addressOnRelease: x.addressOnRelease ?? '',
      homeArea: x.homeArea ?? '',
      employmentStatus: x.employmentStatus ?? 'not_known',
      familyBackground: x.familyBackground ?? '',
      prisonNumber: x.prisonNumber ?? '',
      custodyStatus: x.custodyStatus ?? 'sentenced',
      sentenceType: x.sentenceType,
      sentenceMonths: x.sentenceMonths,
      offenceCategory: x.offenceCategory,
      expectedRelease: x.expectedRelease,
      confirmedRelease: x.confirmedRelease,
      licenceEnd: x.licenceEnd,
      caseManagerName: x.caseManagerName ?? '',
      caseManagerContact: x.caseManagerContact ?? '',
      learningStyle: x.learningStyle,
      interests: x.interests ?? [],
      languages: x.languages ?? [],
      accessibleFormat: x.accessibleFormat ?? false,
      adaptations: x.adaptations ?? '',
      consentGivenOn: x.consentGivenOn,
      consentHow: x.consentHow,
      notes: x.notes ?? '',
    } as never,
    onSaved: async (out: Mentee) => {
      notifySaved('Details saved', `${out.displayName}’s record is up to date.`);
      await navigate(menteePath(out.id), { force: true });
    },
    draftKey: x.id,
  });
  const input = (field: string) => form.getInputProps(field);
  return (
    <Page title={`Change ${x.displayName}’s details`}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="lg" maw={880}>
          <DraftOfferAlert draft={draft} />
          <FormAlert>{formError}</FormAlert>
          <Fieldset legend="Who they are">
            <SimpleGrid cols={{ base: 1, sm: 3 }} style={{ alignItems: 'end' }}>
              <TextInput label="First name" required {...input('firstName')} />
              <TextInput label="Last name" required {...input('lastName')} />
              <TextInput label="Preferred name" {...input('preferredName')} />
              <DateField label="Date of birth" {...input('dateOfBirth')} />
              <TextInput label="Gender" {...input('gender')} />
              <TextInput label="Home area" {...input('homeArea')} />
            </SimpleGrid>
            <Stack mt="md">
              <Textarea label="Address on release" autosize minRows={2} {...input('addressOnRelease')} />
              <Textarea label="Family background" autosize minRows={2} {...input('familyBackground')} />
            </Stack>
          </Fieldset>
          <Fieldset legend="Consent">
            <SimpleGrid cols={{ base: 1, sm: 2 }} style={{ alignItems: 'end' }}>
              <DateField label="Date they agreed to take part" {...input('consentGivenOn')} />
              <Select
                label="How they agreed"
                placeholder="Choose how"
                data={options(CONSENT_METHOD_LABELS)}
                clearable
                {...input('consentHow')}
              />
            </SimpleGrid>
          </Fieldset>
          <Fieldset legend="Custody and release">
            <SimpleGrid cols={{ base: 1, sm: 3 }} style={{ alignItems: 'end' }}>
              <TextInput
                label="Prison number"
                description="For example, A1234BC"
                {...input('prisonNumber')}
              />
              <Select
                label="Custody"
                data={options(CUSTODY_STATUS_LABELS)}
                allowDeselect={false}
                {...input('custodyStatus')}
              />
              <Select
                label="Sentence"
                placeholder="Not known"
                data={options(SENTENCE_TYPE_LABELS)}
                clearable
                {...input('sentenceType')}
              />
              <NumberInput
                label="Sentence length (months)"
                min={0}
                allowDecimal={false}
                {...input('sentenceMonths')}
              />
              <Select
                label="Offence category"
                placeholder="Not recorded"
                data={options(OFFENCE_CATEGORY_LABELS)}
                clearable
                {...input('offenceCategory')}
              />
              <DateField label="Expected release" {...input('expectedRelease')} />
              <DateField label="Confirmed release" {...input('confirmedRelease')} />
              <DateField label="Licence ends" {...input('licenceEnd')} />
              <TextInput label="Case manager" {...input('caseManagerName')} />
              <TextInput label="Case manager’s contact details" {...input('caseManagerContact')} />
            </SimpleGrid>
          </Fieldset>
          <Fieldset legend="Learning and interests">
            <SimpleGrid cols={{ base: 1, sm: 2 }} style={{ alignItems: 'end' }}>
              <Select
                label="Employment"
                data={EMPLOYMENT_OPTIONS}
                allowDeselect={false}
                {...input('employmentStatus')}
              />
              <Select
                label="Learning style"
                placeholder="Not known"
                data={LEARNING_STYLE_OPTIONS}
                clearable
                {...input('learningStyle')}
              />
              <TagsInput label="Interests" description="Press Enter after each one" {...input('interests')} />
              <TagsInput label="Languages" description="Press Enter after each one" {...input('languages')} />
            </SimpleGrid>
            <Checkbox
              mt="md"
              label="Information given in an accessible format"
              {...form.getInputProps('accessibleFormat', { type: 'checkbox' })}
            />
            <Textarea mt="md" label="Adaptations" autosize minRows={2} {...input('adaptations')} />
          </Fieldset>
          <Textarea label="Notes" autosize minRows={2} maxRows={10} {...input('notes')} />
          <Group>
            <Button type="submit" loading={submitting}>
              Save changes
            </Button>
            <Button variant="default" component={RouterLink} to={menteePath(x.id)}>
              Cancel
            </Button>
          </Group>
        </Stack>
      </form>
    </Page>
  );
}
