import {
  Alert,
  Anchor,
  Checkbox,
  Button,
  Fieldset,
  Group,
  List,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { contract } from '../../../../shared/contract';
import type { Mentee } from '../../../../shared/contract/mentees';
import {
  CONSENT_METHOD_LABELS,
  CUSTODY_STATUS_LABELS,
  REFERRAL_SOURCE_LABELS,
  SENTENCE_TYPE_LABELS,
} from '../../../../shared/mentees/referral';
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
import { establishmentOptions, menteeStageLabel } from './mentee-format';
import { MENTEES_PATH, menteePath } from './mentee-paths';

const m = contract.mentees;
const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

/** Someone already recorded under this prison number, or the same or a similar name. */
function DuplicateWarning(props: {
  firstName: string;
  lastName: string;
  dateOfBirth: string | null;
  prisonNumber: string | null;
  confirm: ReactNode;
}) {
  const [who] = useDebouncedValue(props, 400);
  const ready = who.firstName.trim().length > 0 && who.lastName.trim().length > 0;
  const iso = who.dateOfBirth && /^\d{4}-\d{2}-\d{2}$/.test(who.dateOfBirth) ? who.dateOfBirth : null;
  const number = who.prisonNumber?.replace(/\s+/g, '').toUpperCase() ?? '';
  const found = useChannelQuery(
    m.possibleDuplicates,
    {
      firstName: who.firstName.trim(),
      lastName: who.lastName.trim(),
      ...(iso ? { dateOfBirth: iso } : {}),
      ...(/^[A-Z]\d{4}[A-Z]{2}$/.test(number) ? { prisonNumber: number } : {}),
    },
    { enabled: ready },
  );
  if (!ready || !found.data?.length) return null;
  return (
    <Alert color="yellow" title="This may be someone already recorded" role="status">
      <Stack gap="xs">
        <Text size="sm">
          Open a record to check (this form is kept as a draft), or carry on if this is someone new.
        </Text>
        <List size="sm">
          {found.data.map((d) => (
            <List.Item key={d.id}>
              <Anchor component={RouterLink} to={menteePath(d.id)}>
                {d.displayName}
              </Anchor>{' '}
              ({d.reference}, {menteeStageLabel(d.stage)}
              {d.establishmentName ? `, ${d.establishmentName}` : ''}
              {d.samePrisonNumber ? ', same prison number' : ''}
              {d.sameDateOfBirth ? ', same date of birth' : ''})
            </List.Item>
          ))}
        </List>
        {props.confirm}
      </Stack>
    </Alert>
  );
}

/** A referral from an agency, a member of staff or the person themselves, with the person referred. */
export function ReferralFormPage() {
  const establishments = useChannelQuery(contract.establishments.list, { pageSize: 200 });
  const criteria = useChannelQuery(m.referralCriteria, {});
  const { form, onSubmit, formError, submitting, draft } = useChannelForm(m.create, {
    initialValues: {
      mentee: {
        firstName: '',
        lastName: '',
        preferredName: '',
        dateOfBirth: null,
        prisonNumber: '',
        establishmentId: null,
        custodyStatus: 'sentenced',
        sentenceType: null,
        expectedRelease: null,
        caseManagerName: '',
        caseManagerContact: '',
        consentGivenOn: null,
        consentHow: null,
      },
      referral: {
        source: 'probation',
        agency: '',
        referrerName: '',
        referrerContact: '',
        referredOn: ukToday(new Date()),
        criteriaMet: [],
        reason: '',
        hopes: '',
        notALicenceCondition: false,
      },
      allowDuplicate: false,
    } as never,
    onSaved: async (out: Mentee) => {
      notifySaved('Referral added', `${out.displayName} is referred as ${out.reference}.`);
      await navigate(menteePath(out.id), { force: true });
    },
    draftKey: 'new-referral',
  });
  const input = (path: string) => form.getInputProps(path);
  const values = form.getValues() as unknown as {
    mentee: { firstName: string; lastName: string; dateOfBirth: string | null; prisonNumber: string | null };
  };
  return (
    <Page
      title="Add a referral"
      description="Record who is referred, by whom, and that they agree to take part."
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="lg" maw={880}>
          <DraftOfferAlert draft={draft} />
          <FormAlert>{formError}</FormAlert>
          <Fieldset legend="Who is referred">
            <SimpleGrid cols={{ base: 1, sm: 3 }} style={{ alignItems: 'end' }}>
              <TextInput label="First name" required {...input('mentee.firstName')} />
              <TextInput label="Last name" required {...input('mentee.lastName')} />
              <TextInput label="Preferred name" {...input('mentee.preferredName')} />
              <DateField label="Date of birth" {...input('mentee.dateOfBirth')} />
              <TextInput
                label="Prison number"
                description="For example, A1234BC"
                {...input('mentee.prisonNumber')}
              />
              <Select
                label="Establishment"
                placeholder="Where they are held"
                data={establishmentOptions(establishments.data?.items)}
                searchable
                clearable
                {...input('mentee.establishmentId')}
              />
              <Select
                label="Custody"
                data={options(CUSTODY_STATUS_LABELS)}
                allowDeselect={false}
                {...input('mentee.custodyStatus')}
              />
              <Select
                label="Sentence"
                placeholder="Not known"
                data={options(SENTENCE_TYPE_LABELS)}
                clearable
                {...input('mentee.sentenceType')}
              />
              <DateField label="Expected release" {...input('mentee.expectedRelease')} />
            </SimpleGrid>
          </Fieldset>
          <DuplicateWarning
            firstName={values.mentee.firstName ?? ''}
            lastName={values.mentee.lastName ?? ''}
            dateOfBirth={values.mentee.dateOfBirth ?? null}
            prisonNumber={values.mentee.prisonNumber ?? null}
            confirm={
              <Checkbox
                label="This is a different person: add them anyway"
                {...form.getInputProps('allowDuplicate', { type: 'checkbox' })}
              />
            }
          />
          <Fieldset legend="The referral">
            <SimpleGrid cols={{ base: 1, sm: 2 }} style={{ alignItems: 'end' }}>
              <Select
                label="Referred by"
                data={options(REFERRAL_SOURCE_LABELS)}
                allowDeselect={false}
                required
                {...input('referral.source')}
              />
              <TextInput
                label="Agency"
                description="The referring organisation, if any"
                {...input('referral.agency')}
              />
              <TextInput label="Referrer’s name" {...input('referral.referrerName')} />
              <TextInput label="Referrer’s contact details" {...input('referral.referrerContact')} />
              <DateField label="Date of referral" required {...input('referral.referredOn')} />
              <TextInput label="Case manager" {...input('mentee.caseManagerName')} />
            </SimpleGrid>
            <Checkbox.Group label="Referral criteria met" mt="md" {...input('referral.criteriaMet')}>
              <Stack gap={6} mt={6}>
                {(criteria.data ?? []).map((c) => (
                  <Checkbox key={c.id} value={c.text} label={c.text} />
                ))}
              </Stack>
            </Checkbox.Group>
            <Stack mt="md">
              <Textarea
                label="Why they are referred"
                autosize
                minRows={2}
                maxRows={8}
                {...input('referral.reason')}
              />
              <Textarea
                label="What they hope for"
                autosize
                minRows={2}
                maxRows={8}
                {...input('referral.hopes')}
              />
            </Stack>
          </Fieldset>
          <Fieldset legend="Consent">
            <SimpleGrid cols={{ base: 1, sm: 2 }} style={{ alignItems: 'end' }}>
              <DateField label="Date they agreed to take part" {...input('mentee.consentGivenOn')} />
              <Select
                label="How they agreed"
                placeholder="Choose how"
                data={options(CONSENT_METHOD_LABELS)}
                clearable
                {...input('mentee.consentHow')}
              />
            </SimpleGrid>
            <Checkbox
              mt="md"
              required
              label="Taking part is voluntary: it is never a condition of their licence or sentence"
              {...form.getInputProps('referral.notALicenceCondition', { type: 'checkbox' })}
            />
          </Fieldset>
          <Group>
            <Button type="submit" loading={submitting}>
              Add referral
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
