import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Loader,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
} from '@mantine/core';
import { useParams, useSearchParams } from 'react-router';
import { contract } from '../../../../shared/contract';
import type { Claim, ClaimLineInput } from '../../../../shared/contract/expenses';
import { ukToday } from '../../../../shared/mentors/dates';
import { errorMessage } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { navigate } from '../../../app/router';
import { RouterLink } from '../../../app/RouterLink';
import { DraftOfferAlert } from '../../../components/forms/DraftOfferAlert';
import { useChannelForm, type ChannelForm } from '../../../components/forms/useChannelForm';
import { FormAlert } from '../../../components/FormAlert';
import { notifySaved } from '../../../components/notify';
import { Page } from '../../../components/Page';
import { DateField } from '../../service-development/mentors/screening/DateField';
import { blankLine, ClaimLinesFields } from './ClaimLinesFields';
import { claimPath, CLAIMS_PATH } from './expense-paths';

const c = contract.expenses;
type Form = ChannelForm<typeof c.create>;

/** Entering a mentor's claim from their paper form (a long form: a draft is kept while typing). */
export function NewClaimPage() {
  const today = ukToday(new Date());
  // From a mentor's page: the mentor is chosen already.
  const [params] = useSearchParams();
  const fromMentor = params.get('mentor') ?? '';
  const channelForm = useChannelForm(c.create, {
    initialValues: {
      mentorId: fromMentor,
      receivedOn: today,
      periodFrom: '',
      periodTo: '',
      declarationAccepted: false as unknown as true,
      declarationSignedOn: '',
      notes: '',
      lines: [blankLine()],
    },
    draftKey: 'new',
    onSaved: async (claim) => {
      notifySaved(`Claim ${claim.reference} entered`, 'It is waiting for approval.');
      await navigate(claimPath(claim.id));
    },
  });
  return (
    <Page
      title="Enter an expense claim"
      description="Copy the mentor’s claim form: each line, the receipts they sent, and their declaration."
    >
      <ClaimForm channelForm={channelForm} submitLabel="Enter the claim" cancelTo={CLAIMS_PATH} />
    </Page>
  );
}

/** Correcting a claim waiting for approval, or a rejected one (saving submits it again). */
export function EditClaimPage() {
  const { id = '' } = useParams();
  const found = useChannelQuery(c.get, { id });
  if (found.error)
    return (
      <Page title="Correct a claim">
        <FormAlert title="The claim could not be opened">{errorMessage(found.error)}</FormAlert>
      </Page>
    );
  if (!found.data) return <Loader aria-label="Loading the claim" />;
  return <EditClaim claim={found.data} />;
}

function EditClaim({ claim }: { claim: Claim }) {
  const rejected = claim.status === 'rejected';
  const channelForm = useChannelForm(c.update, {
    initialValues: {
      id: claim.id,
      mentorId: claim.mentorId,
      receivedOn: claim.receivedOn,
      periodFrom: claim.periodFrom ?? '',
      periodTo: claim.periodTo ?? '',
      declarationAccepted: claim.declarationAccepted as true,
      declarationSignedOn: claim.declarationSignedOn ?? '',
      notes: claim.notes,
      lines: claim.lines.map((l): ClaimLineInput => ({
        kind: l.kind,
        spentOn: l.spentOn,
        description: l.description,
        miles: l.miles,
        amountPence: l.kind === 'mileage' ? null : l.amountPence,
        matchId: l.matchId,
      })),
    },
    draftKey: claim.id,
    onSaved: async (saved) => {
      notifySaved(
        rejected ? `Claim ${saved.reference} submitted again` : `Claim ${saved.reference} corrected`,
        'It is waiting for approval.',
      );
      await navigate(claimPath(saved.id));
    },
  });
  if (claim.status !== 'submitted' && !rejected)
    return (
      <Page title={`Claim ${claim.reference}`}>
        <Alert color="yellow">This claim has been approved, so it can no longer be changed.</Alert>
      </Page>
    );
  return (
    <Page
      title={rejected ? `Correct and resubmit claim ${claim.reference}` : `Correct claim ${claim.reference}`}
      description={claim.mentorName}
    >
      {rejected && (
        <Alert color="red" variant="light" title="Why it was rejected">
          {claim.rejectionReason}
        </Alert>
      )}
      <ClaimForm
        channelForm={channelForm as unknown as Form}
        submitLabel={rejected ? 'Submit it again' : 'Save the corrections'}
        cancelTo={claimPath(claim.id)}
        fixedMentor={claim.mentorName}
      />
    </Page>
  );
}

function ClaimForm({
  channelForm,
  submitLabel,
  cancelTo,
  fixedMentor,
}: {
  channelForm: Form;
  submitLabel: string;
  cancelTo: string;
  /** Correcting: the claim stays with its mentor. */
  fixedMentor?: string;
}) {
  const { form, onSubmit, formError, submitting, draft } = channelForm;
  const values = form.getValues();
  const mentors = useChannelQuery(contract.mentors.list, { pageSize: 200 }, { enabled: !fixedMentor });
  const context = useChannelQuery(
    c.context,
    { mentorId: values.mentorId },
    { enabled: /^[0-9a-f-]{36}$/.test(values.mentorId) },
  );
  const input = (field: string) => form.getInputProps(field);
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="lg" maw={920}>
        <DraftOfferAlert draft={draft} />
        <FormAlert>{formError}</FormAlert>
        <Fieldset legend="The claim">
          <SimpleGrid cols={{ base: 1, sm: 2 }} style={{ alignItems: 'end' }}>
            {fixedMentor ? (
              <Select
                label="Mentor"
                data={[{ value: values.mentorId, label: fixedMentor }]}
                value={values.mentorId}
                disabled
              />
            ) : (
              <Select
                label="Mentor"
                required
                searchable
                placeholder={mentors.data ? 'Type to find the mentor' : 'Loading mentors…'}
                nothingFoundMessage="No mentor with that name"
                data={(mentors.data?.items ?? []).map((m) => ({ value: m.id, label: m.displayName }))}
                {...input('mentorId')}
                onChange={(v) => form.setFieldValue('mentorId', v ?? '')}
                data-autofocus
              />
            )}
            <DateField label="Received on" required {...input('receivedOn')} />
            <DateField
              label="Period from"
              description="The first day the claim covers, if it says"
              {...input('periodFrom')}
            />
            <DateField label="Period to" {...input('periodTo')} />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend="Lines">
          <ClaimLinesFields form={form as never} context={context.data} />
        </Fieldset>
        <Fieldset legend="The mentor’s declaration">
          <Stack gap="sm">
            <Checkbox
              label="The mentor has signed the declaration: these expenses were incurred on programme business, have not been claimed elsewhere, and receipts are attached where they could be."
              required
              {...form.getInputProps('declarationAccepted', { type: 'checkbox' })}
            />
            <DateField label="Date the mentor signed it" required w={220} {...input('declarationSignedOn')} />
          </Stack>
        </Fieldset>
        <Textarea
          label="Notes"
          autosize
          minRows={2}
          description="Anything the approver should know"
          {...input('notes')}
        />
        <Alert variant="light" color="gray">
          Receipts are attached on the claim’s page once it is entered.
        </Alert>
        <Group>
          <Button type="submit" loading={submitting}>
            {submitLabel}
          </Button>
          <Anchor component={RouterLink} to={cancelTo}>
            Cancel
          </Anchor>
        </Group>
      </Stack>
    </form>
  );
}
