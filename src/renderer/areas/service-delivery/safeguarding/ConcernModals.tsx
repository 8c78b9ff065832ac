import { Grid, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { contract } from '../../../../shared/contract';
import type { Concern } from '../../../../shared/contract/safeguarding';
import { ukToday } from '../../../../shared/mentors/dates';
import { FormAlert } from '../../../components/FormAlert';
import { FormModal, FormModalFooter } from '../../../components/FormModal';
import { useChannelForm } from '../../../components/forms/useChannelForm';
import { notifySaved } from '../../../components/notify';
import { IsoDateField } from '../../training/IsoDateField';
import { ABOUT_OPTIONS, KIND_OPTIONS, STATUS_OPTIONS } from './safeguarding-format';

const c = contract.safeguarding;

/** The safeguarding lead keeps a concern up to date: referrals, next action, status and outcome. */
export function EditConcernModal({ concern: k, onClose }: { concern: Concern; onClose(): void }) {
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(c.update, {
    initialValues: {
      id: k.id,
      kind: k.kind,
      aboutKind: k.aboutKind,
      aboutName: k.aboutName,
      menteeId: k.menteeId,
      mentorId: k.mentorId,
      raisedOn: k.raisedOn,
      disclosure: k.disclosure,
      immediateAction: k.immediateAction,
      status: k.status,
      laReferredOn: k.laReferredOn,
      laReference: k.laReference,
      laContact: k.laContact,
      policeReferredOn: k.policeReferredOn,
      policeReference: k.policeReference,
      policeContact: k.policeContact,
      nextActionDue: k.nextActionDue,
      outcome: k.outcome,
      closedOn: k.closedOn,
    },
    guard: false,
    onSaved: () => {
      notifySaved('Concern updated', `${k.reference} is up to date.`);
      onClose();
    },
  });
  const v = form.getValues();
  const date = (field: keyof typeof v & string, label: string) => (
    <IsoDateField
      label={label}
      value={v[field] as string | null}
      onChange={(d) => form.setFieldValue(field, d as never)}
      error={form.getInputProps(field).error}
    />
  );
  return (
    <FormModal opened title={`Update ${k.reference}`} dirty={dirty} onClose={onClose} size="xl">
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormAlert>{formError}</FormAlert>
          <Grid gap="sm">
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <Select
                label="Status"
                required
                allowDeselect={false}
                data={STATUS_OPTIONS}
                data-autofocus
                {...form.getInputProps('status')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <Select
                label="Kind"
                required
                allowDeselect={false}
                data={KIND_OPTIONS}
                {...form.getInputProps('kind')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>{date('nextActionDue', 'Next action due')}</Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <Select
                label="About"
                required
                allowDeselect={false}
                data={ABOUT_OPTIONS}
                {...form.getInputProps('aboutKind')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <TextInput label="Name" {...form.getInputProps('aboutName')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>{date('raisedOn', 'Raised on')}</Grid.Col>
            <Grid.Col span={12}>
              <Textarea
                label="What was disclosed or observed"
                required
                autosize
                minRows={3}
                {...form.getInputProps('disclosure')}
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <Textarea
                label="Immediate action"
                autosize
                minRows={2}
                {...form.getInputProps('immediateAction')}
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <Text fw={600} size="sm">
                Referral to the local authority
              </Text>
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>{date('laReferredOn', 'Referred on')}</Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <TextInput label="Their reference" {...form.getInputProps('laReference')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <TextInput label="Who took it" {...form.getInputProps('laContact')} />
            </Grid.Col>
            <Grid.Col span={12}>
              <Text fw={600} size="sm">
                Referral to the police
              </Text>
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>{date('policeReferredOn', 'Referred on')}</Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <TextInput label="Their reference" {...form.getInputProps('policeReference')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <TextInput label="Who took it" {...form.getInputProps('policeContact')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 8 }}>
              <Textarea label="Outcome" autosize minRows={2} {...form.getInputProps('outcome')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>{date('closedOn', 'Closed on')}</Grid.Col>
          </Grid>
          <FormModalFooter dirty={dirty} onClose={onClose} submitting={submitting} label="Save" />
        </Stack>
      </form>
    </FormModal>
  );
}

/** A dated action, and when the next one is due (clear it to let the 14-day reminder apply). */
export function AddActionModal({ concern: k, onClose }: { concern: Concern; onClose(): void }) {
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(c.addAction, {
    initialValues: { id: k.id, takenOn: ukToday(new Date()), description: '', nextActionDue: null },
    guard: false,
    onSaved: () => {
      notifySaved('Action recorded', `Added to ${k.reference}.`);
      onClose();
    },
  });
  const v = form.getValues();
  return (
    <FormModal opened title={`Record an action on ${k.reference}`} dirty={dirty} onClose={onClose} size="lg">
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormAlert>{formError}</FormAlert>
          <IsoDateField
            label="Date of the action"
            required
            value={v.takenOn}
            onChange={(d) => form.setFieldValue('takenOn', d ?? '')}
            error={form.getInputProps('takenOn').error}
          />
          <Textarea
            label="What was done"
            required
            autosize
            minRows={3}
            data-autofocus
            {...form.getInputProps('description')}
          />
          <IsoDateField
            label="Next action due"
            value={v.nextActionDue}
            onChange={(d) => form.setFieldValue('nextActionDue', d)}
            error={form.getInputProps('nextActionDue').error}
          />
          <FormModalFooter dirty={dirty} onClose={onClose} submitting={submitting} label="Save the action" />
        </Stack>
      </form>
    </FormModal>
  );
}
