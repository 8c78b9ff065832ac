import {
  Alert,
  Anchor,
  Autocomplete,
  Button,
  Checkbox,
  Fieldset,
  Group,
  List,
  Loader,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { contract } from '../../../../shared/contract';
import type { Mentor, MentorFieldsInput } from '../../../../shared/contract/mentors';
import { ukToday } from '../../../../shared/mentors/dates';
import { formatUkDate } from '../../../../shared/uk-date';
import { errorMessage } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { navigate } from '../../../app/router';
import { RouterLink } from '../../../app/RouterLink';
import { FormAlert } from '../../../components/FormAlert';
import { DraftOfferAlert } from '../../../components/forms/DraftOfferAlert';
import { useChannelForm, type ChannelForm } from '../../../components/forms/useChannelForm';
import { notifySaved } from '../../../components/notify';
import { Page } from '../../../components/Page';
import { mayCall } from '../../../session/permissions';
import { useSignedIn } from '../../../session/session-context';
import { DateField } from './screening/DateField';
import { EMPLOYMENT_OPTIONS, LEARNING_STYLE_OPTIONS, stageLabel, WEEKDAY_OPTIONS } from './mentor-format';
import { MENTORS_PATH, mentorPath } from './mentor-paths';
import { MENTOR_GENDERS } from '../../../../shared/matching/suggest';
import { GENDER_LABELS } from '../../../../shared/mentors/equality';
import { OFFENCE_CATEGORIES, OFFENCE_CATEGORY_LABELS } from '../../../../shared/mentees/referral';

// For matching (issue 10): the gender a mentee may ask for, how many mentees at once, exclusions.
const GENDER_OPTIONS = MENTOR_GENDERS.map((g) => ({ value: g, label: GENDER_LABELS[g] }));
const CAPACITY_OPTIONS = ['1', '2', '3', '4', '5'];
const OFFENCE_OPTIONS = OFFENCE_CATEGORIES.map((o) => ({ value: o, label: OFFENCE_CATEGORY_LABELS[o] }));

const m = contract.mentors;

const empty = (): Required<MentorFieldsInput> & { allowDuplicate: boolean } => ({
  firstName: '',
  lastName: '',
  preferredName: '',
  dateOfBirth: null,
  email: '',
  phone: '',
  addressLine1: '',
  addressLine2: '',
  town: '',
  postcode: '',
  // The form starts from today; the schema itself has no default (shared code has no clock).
  enquiryDate: ukToday(new Date()),
  heardVia: '',
  applicationDate: null,
  motivation: '',
  hopes: '',
  employmentStatus: 'not_known',
  interests: [],
  skills: [],
  languages: [],
  learningStyle: null,
  availability: [],
  availabilityNotes: '',
  travelArea: '',
  gender: '',
  maxMentees: 1,
  excludedOffences: [],
  hardToWorkWith: '',
  notes: '',
  formerMenteeId: null,
  allowDuplicate: false,
});

function fieldsOf(x: Mentor): Required<MentorFieldsInput> & { id: string } {
  return {
    id: x.id,
    firstName: x.firstName,
    lastName: x.lastName,
    preferredName: x.preferredName,
    dateOfBirth: x.dateOfBirth,
    email: x.email ?? '',
    phone: x.phone ?? '',
    addressLine1: x.addressLine1 ?? '',
    addressLine2: x.addressLine2 ?? '',
    town: x.town ?? '',
    postcode: x.postcode ?? '',
    enquiryDate: x.enquiryDate,
    heardVia: x.heardVia,
    applicationDate: x.applicationDate,
    motivation: x.motivation ?? '',
    hopes: x.hopes ?? '',
    employmentStatus: x.employmentStatus ?? 'not_known',
    interests: x.interests ?? [],
    skills: x.skills ?? [],
    languages: x.languages ?? [],
    learningStyle: x.learningStyle,
    availability: x.availability ?? [],
    availabilityNotes: x.availabilityNotes ?? '',
    travelArea: x.travelArea ?? '',
    gender: x.gender ?? '',
    maxMentees: x.maxMentees ?? 1,
    excludedOffences: x.excludedOffences ?? [],
    hardToWorkWith: x.hardToWorkWith ?? '',
    notes: x.notes ?? '',
    formerMenteeId: x.formerMenteeId,
  };
}

const saved = async (out: Mentor, verb: string) => {
  notifySaved(`Mentor ${verb}`, `${out.displayName} is saved.`);
  await navigate(mentorPath(out.id), { force: true });
};

export function NewMentorPage() {
  const channelForm = useChannelForm(m.create, {
    initialValues: empty() as never,
    onSaved: (out) => saved(out, 'added'),
    draftKey: 'new',
  });
  return (
    <Page
      title="Add a mentor"
      description="Record a volunteer’s enquiry; add more as they go through recruitment."
    >
      <MentorForm channelForm={channelForm} submitLabel="Add mentor" cancelTo={MENTORS_PATH} />
    </Page>
  );
}

export function EditMentorPage() {
  const { id = '' } = useParams();
  const found = useChannelQuery(m.get, { id });
  if (found.error)
    return (
      <Page title="Change a mentor’s details">
        <FormAlert title="The mentor could not be loaded">{errorMessage(found.error)}</FormAlert>
      </Page>
    );
  if (!found.data) return <Loader aria-label="Loading the mentor" />;
  return <EditMentor key={found.data.id} mentor={found.data} />;
}

function EditMentor({ mentor }: { mentor: Mentor }) {
  const channelForm = useChannelForm(m.update, {
    initialValues: fieldsOf(mentor) as never,
    onSaved: (out) => saved(out, 'changed'),
    draftKey: mentor.id,
  });
  return (
    <Page title={`Change ${mentor.displayName}’s details`}>
      <MentorForm
        channelForm={channelForm}
        submitLabel="Save changes"
        cancelTo={mentorPath(mentor.id)}
        mentorId={mentor.id}
      />
    </Page>
  );
}

type AnyMentorForm = ChannelForm<typeof m.create> | ChannelForm<typeof m.update>;

/** Mentors already recorded under the same or a similar name, offered before a second record is made. */
function DuplicateWarning({
  firstName,
  lastName,
  dateOfBirth,
  excludeId,
  confirm,
}: {
  firstName: string;
  lastName: string;
  dateOfBirth: string | null;
  excludeId?: string;
  confirm?: ReactNode;
}) {
  const [who] = useDebouncedValue({ firstName, lastName, dateOfBirth }, 400);
  const ready = who.firstName.trim().length > 0 && who.lastName.trim().length > 0;
  const iso = who.dateOfBirth && /^\d{4}-\d{2}-\d{2}$/.test(who.dateOfBirth) ? who.dateOfBirth : null;
  const found = useChannelQuery(
    m.possibleDuplicates,
    {
      firstName: who.firstName.trim(),
      lastName: who.lastName.trim(),
      ...(iso ? { dateOfBirth: iso } : {}),
      ...(excludeId ? { excludeId } : {}),
    },
    { enabled: ready },
  );
  if (!ready || !found.data?.length) return null;
  return (
    <Alert color="yellow" title="This may be someone already recorded" role="status">
      <Stack gap="xs">
        <Text size="sm">
          Open a record to check (what you have typed here is kept as a draft), or carry on if this is someone
          new.
        </Text>
        <List size="sm">
          {found.data.map((d) => (
            <List.Item key={d.id}>
              <Anchor component={RouterLink} to={mentorPath(d.id)}>
                {d.displayName}
              </Anchor>{' '}
              ({stageLabel(d.stage)}, enquiry {formatUkDate(d.enquiryDate)}
              {d.town ? `, ${d.town}` : ''}
              {d.sameDateOfBirth ? ', same date of birth' : ''})
            </List.Item>
          ))}
        </List>
        {confirm}
      </Stack>
    </Alert>
  );
}

/** The mentor's fields in groups, the same for adding and changing. */
function MentorForm({
  channelForm,
  submitLabel,
  cancelTo,
  mentorId,
}: {
  channelForm: AnyMentorForm;
  submitLabel: string;
  cancelTo: string;
  mentorId?: string;
}) {
  const { session } = useSignedIn();
  const { onSubmit, formError, submitting, draft } = channelForm;
  // Both forms hold the same fields (create adds allowDuplicate, update the id).
  const form = channelForm.form as ChannelForm<typeof m.create>['form'];
  const sources = useChannelQuery(m.recruitmentSources, {});
  const input = (field: keyof MentorFieldsInput) => form.getInputProps(field);
  const values = form.getValues();
  const mayScreen = mayCall(m.readiness, session.roles);
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="lg" maw={880}>
        <DraftOfferAlert draft={draft} />
        <FormAlert>{formError}</FormAlert>
        <Fieldset legend="Who they are">
          <SimpleGrid cols={{ base: 1, sm: 3 }} style={{ alignItems: 'end' }}>
            <TextInput label="First name" required {...input('firstName')} />
            <TextInput label="Last name" required {...input('lastName')} />
            <TextInput
              label="Preferred name"
              description="What they like to be called"
              {...input('preferredName')}
            />
            <DateField label="Date of birth" {...input('dateOfBirth')} />
          </SimpleGrid>
        </Fieldset>
        <DuplicateWarning
          firstName={values.firstName ?? ''}
          lastName={values.lastName ?? ''}
          dateOfBirth={values.dateOfBirth ?? null}
          excludeId={mentorId}
          confirm={
            mentorId ? null : (
              <Checkbox
                label="This is a different person: add them anyway"
                {...form.getInputProps('allowDuplicate', { type: 'checkbox' })}
              />
            )
          }
        />
        <Fieldset legend="Contact details">
          <SimpleGrid cols={{ base: 1, sm: 2 }} style={{ alignItems: 'end' }}>
            <TextInput label="Email" type="email" {...input('email')} />
            <TextInput
              label="Telephone"
              type="tel"
              description="For example, 07700 900123"
              {...input('phone')}
            />
            <TextInput label="Address line 1" autoComplete="off" {...input('addressLine1')} />
            <TextInput label="Address line 2" autoComplete="off" {...input('addressLine2')} />
            <TextInput label="Town or city" {...input('town')} />
            <TextInput label="Postcode" description="For example, SW1A 1AA" w={180} {...input('postcode')} />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend="Enquiry and application">
          <SimpleGrid cols={{ base: 1, sm: 3 }} style={{ alignItems: 'end' }}>
            <DateField label="Enquiry date" required {...input('enquiryDate')} />
            <Autocomplete
              label="How they heard about us"
              description="Choose from the list or type your own"
              data={(sources.data ?? []).map((s) => s.name)}
              {...input('heardVia')}
            />
            <DateField label="Application date" {...input('applicationDate')} />
          </SimpleGrid>
          <Stack mt="md">
            <Textarea
              label="Why they want to mentor"
              autosize
              minRows={2}
              maxRows={8}
              {...input('motivation')}
            />
            <Textarea
              label="What they hope to get from it"
              autosize
              minRows={2}
              maxRows={8}
              {...input('hopes')}
            />
          </Stack>
        </Fieldset>
        <Fieldset legend="What they offer">
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
            <TagsInput label="Skills" description="Press Enter after each one" {...input('skills')} />
            <TagsInput label="Languages" description="Press Enter after each one" {...input('languages')} />
            <TextInput label="Where they can travel" {...input('travelArea')} />
            <Select
              label="Gender"
              description="Used only when a mentee asks for a mentor of a gender"
              placeholder="Not recorded"
              data={GENDER_OPTIONS}
              clearable
              {...input('gender')}
              value={values.gender || null}
              onChange={(v) => form.setFieldValue('gender', (v ?? '') as never)}
            />
            <Select
              label="Mentees at once"
              description="How many mentees they can mentor at the same time"
              data={CAPACITY_OPTIONS}
              allowDeselect={false}
              {...input('maxMentees')}
              value={String(values.maxMentees ?? 1)}
              onChange={(v) => form.setFieldValue('maxMentees', Number(v ?? 1) as never)}
            />
          </SimpleGrid>
          <Checkbox.Group label="Days they are usually free" mt="md" {...input('availability')}>
            <Group mt={6}>
              {WEEKDAY_OPTIONS.map((d) => (
                <Checkbox key={d.value} value={d.value} label={d.label} />
              ))}
            </Group>
          </Checkbox.Group>
          <Textarea
            label="Availability notes"
            autosize
            minRows={1}
            maxRows={4}
            mt="md"
            {...input('availabilityNotes')}
          />
        </Fieldset>
        {mayScreen && (
          <Textarea
            label="People or offences they would find hard to work with"
            description="Screening information: seen only by co-ordinators and safeguarding leads"
            autosize
            minRows={2}
            maxRows={8}
            {...input('hardToWorkWith')}
          />
        )}
        {mayScreen && (
          <MultiSelect
            label="Offences they would not work with"
            description="Screening information: mentees with these offences are never suggested to them"
            placeholder={values.excludedOffences?.length ? undefined : 'None'}
            data={OFFENCE_OPTIONS}
            clearable
            {...input('excludedOffences')}
          />
        )}
        <Textarea label="Notes" autosize minRows={3} maxRows={12} {...input('notes')} />
        <Group className="form-actions">
          <Button type="submit" loading={submitting}>
            {submitLabel}
          </Button>
          <Button variant="default" component={RouterLink} to={cancelTo}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
