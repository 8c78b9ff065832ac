import {
  Button,
  Fieldset,
  Group,
  Loader,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useParams } from 'react-router';
import { contract } from '../../../../shared/contract';
import type { Establishment, EstablishmentFields } from '../../../../shared/contract/establishments';
import { errorMessage } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { navigate } from '../../../app/router';
import { RouterLink } from '../../../app/RouterLink';
import { FormAlert } from '../../../components/FormAlert';
import { DraftOfferAlert } from '../../../components/forms/DraftOfferAlert';
import { useChannelForm, type ChannelForm } from '../../../components/forms/useChannelForm';
import { notifySaved } from '../../../components/notify';
import { Page } from '../../../components/Page';
import { KIND_OPTIONS } from './establishment-format';
import { ESTABLISHMENTS_PATH, establishmentPath } from './establishment-paths';

const e = contract.establishments;

const EMPTY: Required<Omit<EstablishmentFields, 'kind'>> & { kind: EstablishmentFields['kind'] | '' } = {
  name: '',
  kind: '',
  operator: '',
  addressLine1: '',
  addressLine2: '',
  town: '',
  postcode: '',
  phone: '',
  visitingArrangements: '',
  legalVisitArrangements: '',
  securityContactName: '',
  securityContactPhone: '',
  securityContactEmail: '',
  clusterId: null,
  notes: '',
};

function fieldsOf(x: Establishment) {
  return {
    id: x.id,
    name: x.name,
    kind: x.kind,
    operator: x.operator,
    addressLine1: x.addressLine1,
    addressLine2: x.addressLine2,
    town: x.town,
    postcode: x.postcode,
    phone: x.phone,
    visitingArrangements: x.visitingArrangements,
    legalVisitArrangements: x.legalVisitArrangements,
    securityContactName: x.securityContactName ?? '',
    securityContactPhone: x.securityContactPhone ?? '',
    securityContactEmail: x.securityContactEmail ?? '',
    clusterId: x.clusterId,
    notes: x.notes,
  };
}

const saved = async (out: Establishment, verb: string) => {
  notifySaved(`Establishment ${verb}`, `${out.name} is saved.`);
  // The form is clean by now; `force` because its guard leaves on the next render.
  await navigate(establishmentPath(out.id), { force: true });
};

export function NewEstablishmentPage() {
  const channelForm = useChannelForm(e.create, {
    initialValues: EMPTY as never,
    onSaved: (out) => saved(out, 'added'),
    draftKey: 'new',
  });
  return (
    <Page title="Add an establishment">
      <EstablishmentForm
        channelForm={channelForm}
        submitLabel="Add establishment"
        cancelTo={ESTABLISHMENTS_PATH}
      />
    </Page>
  );
}

export function EditEstablishmentPage() {
  const { id = '' } = useParams();
  const found = useChannelQuery(e.get, { id });
  if (found.error)
    return (
      <Page title="Change an establishment">
        <FormAlert title="The establishment could not be loaded">{errorMessage(found.error)}</FormAlert>
      </Page>
    );
  if (!found.data) return <Loader aria-label="Loading the establishment" />;
  return <EditEstablishment key={found.data.id} establishment={found.data} />;
}

function EditEstablishment({ establishment }: { establishment: Establishment }) {
  const channelForm = useChannelForm(e.update, {
    initialValues: fieldsOf(establishment),
    onSaved: (out) => saved(out, 'changed'),
    draftKey: establishment.id,
  });
  return (
    <Page title={`Change ${establishment.name}`}>
      <EstablishmentForm
        channelForm={channelForm}
        submitLabel="Save changes"
        cancelTo={establishmentPath(establishment.id)}
      />
    </Page>
  );
}

type AnyEstablishmentForm = ChannelForm<typeof e.create> | ChannelForm<typeof e.update>;

/** The establishment's fields in groups, the same for adding and changing. */
function EstablishmentForm({
  channelForm,
  submitLabel,
  cancelTo,
}: {
  channelForm: AnyEstablishmentForm;
  submitLabel: string;
  cancelTo: string;
}) {
  const { onSubmit, formError, submitting, draft } = channelForm;
  // Both forms hold the same fields (update adds only the id), so one set of inputs serves both.
  const form = channelForm.form as ChannelForm<typeof e.create>['form'];
  const clusters = useChannelQuery(e.clusters, {});
  const input = (field: keyof EstablishmentFields) => form.getInputProps(field);
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="lg" maw={880}>
        <DraftOfferAlert draft={draft} />
        <FormAlert>{formError}</FormAlert>
        <Fieldset legend="Details">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Name" required {...input('name')} />
            <Select
              label="Kind"
              required
              data={KIND_OPTIONS}
              placeholder="Choose the kind of place"
              {...input('kind')}
            />
            <TextInput
              label="Operator"
              description="HM Prison and Probation Service, or the company"
              {...input('operator')}
            />
            <Select
              label="Cluster"
              description="The lead mentor’s patch it belongs to"
              placeholder="Not in a cluster"
              data={(clusters.data ?? []).map((c) => ({ value: c.id, label: `${c.name} (${c.regionName})` }))}
              clearable
              searchable
              nothingFoundMessage="No cluster has that name"
              {...input('clusterId')}
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend="Address">
          {/* Aligned at the foot, so boxes with an example under their label line up with those without. */}
          <SimpleGrid cols={{ base: 1, sm: 2 }} style={{ alignItems: 'end' }}>
            <TextInput label="Address line 1" autoComplete="off" {...input('addressLine1')} />
            <TextInput label="Address line 2" autoComplete="off" {...input('addressLine2')} />
            <TextInput label="Town or city" {...input('town')} />
            <TextInput label="Postcode" description="For example, SW1A 1AA" w={180} {...input('postcode')} />
            <TextInput
              label="Telephone"
              type="tel"
              description="For example, 0161 496 0000"
              {...input('phone')}
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend="Visits">
          <Stack>
            <Textarea
              label="Visiting arrangements"
              autosize
              minRows={3}
              maxRows={10}
              {...input('visitingArrangements')}
            />
            <Textarea
              label="Legal visit arrangements"
              autosize
              minRows={2}
              maxRows={10}
              {...input('legalVisitArrangements')}
            />
          </Stack>
        </Fieldset>
        <Fieldset legend="Security department contact">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label="Contact’s name" {...input('securityContactName')} />
            <TextInput label="Contact’s telephone" type="tel" {...input('securityContactPhone')} />
            <TextInput label="Contact’s email" type="email" {...input('securityContactEmail')} />
          </SimpleGrid>
        </Fieldset>
        <Textarea label="Notes" autosize minRows={3} maxRows={12} {...input('notes')} />
        {/* Kept in view at the foot of the window: the form is longer than a laptop screen. */}
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
